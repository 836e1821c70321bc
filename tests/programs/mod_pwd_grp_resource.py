# pwd, grp and resource: lookups agree with the process's ids, struct
# sequences, errors.
import os
import pwd
import grp
import resource

uid, gid = os.getuid(), os.getgid()
p = pwd.getpwuid(uid)
print(type(p).__name__, len(p), p.pw_uid == uid, p[2] == uid, p.pw_gid == gid)
print(pwd.getpwnam(p.pw_name) == p, type(p.pw_dir) is str, type(p.pw_shell) is str)
print(any(e.pw_uid == uid for e in pwd.getpwall()))
print(pwd.struct_passwd.__module__, pwd.struct_passwd.n_fields)
g = grp.getgrgid(gid)
print(type(g).__name__, len(g), g.gr_gid == gid, type(g.gr_mem) is list)
print(grp.getgrnam(g.gr_name) == g, any(e.gr_gid == gid for e in grp.getgrall()))
print(pwd.getpwuid(0).pw_name, grp.getgrgid(0).gr_name)

for call in [lambda: pwd.getpwuid(2**31 - 2), lambda: pwd.getpwnam("no-such-user-pyk"),
             lambda: pwd.getpwuid("0"), lambda: grp.getgrgid(2**31 - 2),
             lambda: grp.getgrnam("no-such-group-pyk"), lambda: pwd.getpwnam(1)]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_utime >= 0, r.ru_maxrss > 0)
print(resource.getpagesize() > 0, resource.RLIM_INFINITY, resource.error is OSError)
for call in [lambda: resource.getrlimit(-1), lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)),
             lambda: resource.getrusage(12345)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# uid/gid conversion: CPython's messages, and getpwuid's KeyError for ids out of range.
for call in [lambda: grp.getgrgid("0"), lambda: pwd.getpwuid(1.5), lambda: pwd.getpwuid(-5),
             lambda: grp.getgrgid(2**70), lambda: pwd.getpwuid(2**40), lambda: grp.getgrgid(-5),
             lambda: pwd.getpwuid(2**70)]:
    try:
        call()
    except (KeyError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
