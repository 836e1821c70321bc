# needs: stdlib
# _locale and locale: setlocale, localeconv, nl_langinfo, strcoll, strxfrm,
# getencoding, the constants and errors (in the C locale, which every
# system has).
import _locale
import locale

print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.CHAR_MAX)
print(_locale.CODESET, _locale.RADIXCHAR, _locale.DAY_1, _locale.ABMON_12, _locale.YESEXPR)
print(locale.Error is _locale.Error, locale.Error.__module__, locale.Error.__mro__[1])

print(_locale.setlocale(_locale.LC_NUMERIC, "C"))
print(_locale.setlocale(_locale.LC_TIME, "C"))
print(_locale.setlocale(_locale.LC_COLLATE, "C"))
print(_locale.setlocale(_locale.LC_MONETARY, "C"))
print(_locale.setlocale(_locale.LC_NUMERIC))
conv = _locale.localeconv()
print(sorted(conv.items()))
print(locale.localeconv()["decimal_point"])

for key in ["RADIXCHAR", "THOUSEP", "D_T_FMT", "D_FMT", "T_FMT", "AM_STR", "PM_STR",
            "DAY_1", "DAY_7", "ABDAY_1", "MON_1", "MON_12", "ABMON_1", "YESEXPR", "NOEXPR"]:
    print(key, repr(_locale.nl_langinfo(getattr(_locale, key))))

print(_locale.strcoll("a", "b") < 0, _locale.strcoll("b", "a") > 0, _locale.strcoll("abc", "abc"))
print(repr(_locale.strxfrm("abc")), sorted(["b", "C", "a", "B"], key=_locale.strxfrm))
print(locale.strcoll("x", "x"), locale.atof("3.5"), locale.atoi("42"))
print(locale.format_string("%d items, %.2f", (1234567, 3.14159)))
print(locale.format_string("%d", 1234567, grouping=True))
print(locale.str(2.5), locale.delocalize("1.5"), locale.localize("1234.5"))
print(isinstance(_locale.getencoding(), str), isinstance(locale.getpreferredencoding(False), str))
print(locale.normalize("en_US"), locale.normalize("C"))

for call in [lambda: _locale.setlocale(_locale.LC_ALL, "no_SUCH.locale-pyk"),
             lambda: _locale.setlocale(12345),
             lambda: _locale.setlocale(12345, "C"),
             lambda: _locale.nl_langinfo(99999),
             lambda: _locale.nl_langinfo("x"),
             lambda: _locale.setlocale("x"),
             lambda: _locale.strcoll("a", 1),
             lambda: _locale.strxfrm("a\0b"),
             lambda: _locale.localeconv(1)]:
    try:
        print(call())
    except (locale.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
