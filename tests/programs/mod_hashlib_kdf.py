# needs: stdlib
# _hashlib: pbkdf2_hmac and scrypt (RFC test vectors), HMAC objects, new()
# and the openssl_* constructors, compare_digest, and their errors.
import _hashlib as h, hashlib, hmac
print(h.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex())
print(h.scrypt(b'', salt=b'', n=16, r=1, p=1, dklen=64).hex())
print(h.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha512', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 64).hex())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'key', b'msg', 'sha1').hex())
print(hmac.new(b'k'*200, b'msg', hashlib.sha3_256).hexdigest(), hmac.new(b'k', b'm', 'blake2b').hexdigest()[:20])
m = h.hmac_new(b'key', b'msg', digestmod='sha256'); m2 = m.copy(); m2.update(b'more'); print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest())
print(hashlib.new('sha256', b'abc').hexdigest(), hashlib.sha256(b'abc').hexdigest(), hashlib.new('SHA1').name)
print(h.compare_digest(b'abc', b'abc'), h.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', bytearray(b'a')))
tests = [lambda: h.scrypt(b'p', salt=b's', n=3, r=1, p=1), lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=1, maxmem=-1), lambda: h.scrypt(b'p', salt=b's', n=2, r=1, p=1, dklen=0),
 lambda: h.scrypt(b'p', salt=b's', n=2**20, r=8, p=1), lambda: h.scrypt(b'p', n=2, r=1, p=1), lambda: h.scrypt('p', salt=b's', n=2, r=1, p=1), lambda: h.scrypt(b'p', salt=b's', n=2, r=0, p=1),
 lambda: h.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: h.pbkdf2_hmac('sha256', b'p', b's', 1, 0), lambda: h.pbkdf2_hmac('sha256', 'p', b's', 1),
 lambda: h.pbkdf2_hmac('sha256', b'p', b's', 2**31), lambda: h.hmac_new(b'k'), lambda: h.hmac_new(b'k', digestmod=len),
 lambda: h.hmac_new('k', digestmod='sha256'), lambda: h.compare_digest('a', b'a'), lambda: h.compare_digest('\xe9', '\xe9'), lambda: h.scrypt(b'p', salt=b's', n=2, r=1)]
for t in tests:
  try: print(repr(t()))
  except Exception as e: print(type(e).__name__, e)
for t in [lambda: h.pbkdf2_hmac('nope', b'p', b's', 1), lambda: h.new('nope'), lambda: h.hmac_new(b'k', digestmod='nope')]:
  try: t()
  except h.UnsupportedDigestmodError as e: print('UnsupportedDigestmodError', isinstance(e, ValueError))
print(type(h.openssl_md_meth_names).__name__, {'md5','sha256','sha3_512','shake_128'} <= h.openssl_md_meth_names, h.get_fips_mode())
print(sorted(hashlib.algorithms_guaranteed))
