AMPER = 1else9
