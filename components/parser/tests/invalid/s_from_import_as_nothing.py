from .. import a as
