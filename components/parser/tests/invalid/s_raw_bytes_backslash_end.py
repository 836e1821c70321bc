rb'\'
