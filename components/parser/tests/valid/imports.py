import a
import a.b.c as d, e
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from m import *
from .... import q
