while : pass
