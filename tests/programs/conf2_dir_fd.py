# dir_fd= support (the *at system calls), listdir/scandir of a directory
# descriptor, and os.fwalk built on them.
import os, stat, tempfile, shutil

print({f.__name__ for f in (os.open, os.stat, os.mkdir, os.unlink, os.rmdir, os.rename, os.readlink, os.symlink)} <= {f.__name__ for f in os.supports_dir_fd})
print(os.scandir in os.supports_fd, os.listdir in os.supports_fd, hasattr(os, "fwalk"))

top = tempfile.mkdtemp(prefix="conf2-dirfd-")
try:
    dfd = os.open(top, os.O_RDONLY)
    try:
        os.mkdir("sub", dir_fd=dfd)
        fd = os.open("sub/file", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dfd)
        os.write(fd, b"hello")
        os.close(fd)
        os.symlink("sub", "link", dir_fd=dfd)
        print(sorted(os.listdir(dfd)))
        print(os.readlink("link", dir_fd=dfd))
        st = os.stat("sub/file", dir_fd=dfd)
        print(st.st_size, stat.S_ISREG(st.st_mode))
        print(stat.S_ISLNK(os.stat("link", dir_fd=dfd, follow_symlinks=False).st_mode),
              stat.S_ISDIR(os.stat("link", dir_fd=dfd).st_mode))
        with os.scandir(dfd) as it:
            entries = sorted(it, key=lambda e: e.name)
        print([(e.name, e.path, e.is_dir(), e.is_symlink()) for e in entries])
        os.rename("sub/file", "moved", src_dir_fd=dfd, dst_dir_fd=dfd)
        print(sorted(os.listdir(dfd)))
        for root, dirs, files, rootfd in os.fwalk(top):
            print(os.path.relpath(root, top), sorted(dirs), sorted(files), isinstance(rootfd, int))
        os.unlink("moved", dir_fd=dfd)
        os.unlink("link", dir_fd=dfd)
        os.rmdir("sub", dir_fd=dfd)
        print(os.listdir(dfd))
        try:
            os.stat("missing", dir_fd=dfd)
        except FileNotFoundError as e:
            print("FileNotFoundError", e.errno, e.filename)
        try:
            os.stat("x", dir_fd="3")
        except TypeError as e:
            print("TypeError", e)
        try:
            os.stat(dfd, dir_fd=dfd)
        except ValueError as e:
            print("ValueError", e)
    finally:
        os.close(dfd)
finally:
    shutil.rmtree(top)
