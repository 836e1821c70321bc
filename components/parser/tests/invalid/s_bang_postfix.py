a!
