Each morning women in Tami\l Nadu
