# isdecimal / isdigit / isnumeric / isalnum / isalpha over tricky characters
chars = ['5', '٣', '۳', '߃', '३', '১', '５', '²', '③', '⑴', '⒈', '½', 'Ⅻ', 'ⅻ', '〇', '一', '万', '𝟙', '𐩀', 'a', 'é', 'ª', 'º',
         '_', ' ', '', '\u0300', 'ǅ', '\u00b5', '\u2160', '¹', '\u0f33', '\U0001d7d8', '\U0001f100', '⁰']
for c in chars:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isascii(), c.isprintable(), c.isspace())
print('12½'.isnumeric(), '12½'.isdigit(), '١٢'.isdecimal(), int('١٢'), float('٣.٥'))
import unicodedata
for c in ['½', '³', '٣', 'Ⅻ', '〇']:
    print(repr(c), unicodedata.numeric(c), unicodedata.digit(c, None), unicodedata.decimal(c, None))
