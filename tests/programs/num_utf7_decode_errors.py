# UTF-7 decoding errors: ill-formed '+' sequences, runs cut off by the end
# of the data, error ranges that cover the closing '-', and what a
# replacing handler keeps of a run before its error.
cases = [b'+@', b'+', b'a+-b', b'+A', b'+AA', b'+\x80', b'+AGE', b'+AG-', b'+AG', b'+2AE-', b'+2AE', b'+2AHcAQ-', b'+2AHYAA-', b'+AAB-', b'+AAB', b'x+AGEA-y', b'+AGE.', b'+AGEAYQ-', b'+AGEAYQ', b'\xff', b'a+Z-b', b'+2AE.']
for b in cases:
    for errors in ('strict', 'replace', 'ignore'):
        try: r = ascii(b.decode('utf-7', errors))
        except Exception as e: r = f"{type(e).__name__}: {e}"
        print(b, errors, r)
import codecs
for b in [b'+AGE', b'+AG', b'a+', b'+2AE']:
    print(b, codecs.utf_7_decode(b, 'strict', False))
