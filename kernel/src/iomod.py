# _io for pyk: the I/O class hierarchy under Lib/io.py, written in Python
# over posix file descriptors and the _codecs registry. iomod.rs provides
# UnsupportedOperation (the kernel's exception type), _ftruncate and native
# fast paths for the hottest methods. builtins.open is this module's open,
# and sys.stdin/stdout/stderr are made by _make_std at start-up.

import posix as _posix
import sys as _sys
import _thread
import _codecs

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError

_SEEK_SET, _SEEK_CUR, _SEEK_END = 0, 1, 2


def _warn_unclosed(source):
    # The ResourceWarning of a file object dropped open. Until the warning
    # machinery is loaded the default filters, which ignore it, are in force.
    if '_warnings' in _sys.modules or 'warnings' in _sys.modules:
        import _warnings
        # Reported where the program dropped the file, as CPython's C
        # finalizer does: the first frame outside _io.
        _warnings.warn(f'unclosed file {source!r}', ResourceWarning, 2, source, skip_file_prefixes=('<_io>',))


def _warn_encoding():
    # PEP 597: open() or TextIOWrapper() without an encoding under
    # -X warn_default_encoding, reported at the caller outside _io.
    if _sys.flags.warn_default_encoding:
        import _warnings
        _warnings.warn("'encoding' argument not specified", EncodingWarning, 2, skip_file_prefixes=('<_io>',))


def _check_errors(errors):
    # Development mode checks the error handler at once (bpo-37388).
    if errors is not None and _sys.flags.dev_mode:
        _codecs.lookup_error(errors)


def _closed_error():
    return ValueError('I/O operation on closed file.')


def _type_name(self):
    cls = type(self)
    return f'{cls.__module__}.{cls.__qualname__}'


def _index(x):
    # operator.index without importing operator.
    if isinstance(x, int):
        return x
    f = getattr(type(x), '__index__', None)
    if f is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return f(x)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        if hasattr(type(size), '__index__'):
            return size.__index__()
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return bytes(b)
    if not isinstance(b, str):
        # Any other object with the buffer protocol (array.array...).
        try:
            view = memoryview(b)
        except TypeError:
            pass
        else:
            return view.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


def _nbytes(b, what='readinto() argument'):
    # The size in bytes of the writable buffer b (an array's items may be
    # wider), checked before anything is read into it.
    if type(b) is bytearray:
        return len(b)
    try:
        m = memoryview(b)
    except TypeError:
        m = None
    if m is None or m.readonly:
        raise TypeError(f"{what} must be read-write bytes-like object, not {type(b).__name__}")
    with m:
        return m.nbytes


def _into(b, data):
    # Copy data into the writable buffer b (its size counted in bytes);
    # returns the count.
    n = len(data)
    if type(b) is bytearray:
        b[:n] = data
        return n
    with memoryview(b) as m, m.cast('B') as c:
        c[:n] = data
    return n


def _no_args(name, args):
    if args:
        raise TypeError(f'_IOBase.{name}() takes no arguments ({len(args)} given)')


# --- the abstract bases ----------------------------------------------------

class _IOBase:
    '''The abstract base class for all I/O classes.'''
    __closed = False

    def seek(self, *args):
        '''Change the stream position to the given byte offset.'''
        raise UnsupportedOperation('seek')

    def tell(self):
        '''Return current stream position.'''
        return self.seek(0, 1)

    def truncate(self, *args):
        '''Truncate file to size bytes.'''
        raise UnsupportedOperation('truncate')

    def flush(self):
        '''Flush write buffers, if applicable.'''
        self._checkClosed()

    def close(self):
        '''Flush and close the IO object.'''
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            # The file is closed even when the warning is an error (the
            # error is then reported as unraisable, once).
            try:
                dealloc_warn = getattr(self, '_dealloc_warn', None)
                if dealloc_warn is not None:
                    dealloc_warn(self)
            finally:
                # A failing close() is reported as unraisable (the
                # finalizer's caller does it), as CPython 3.13 does.
                self.close()

    def seekable(self):
        '''Return whether object supports random access.'''
        return False

    def readable(self):
        '''Return whether object was opened for reading.'''
        return False

    def writable(self):
        '''Return whether object was opened for writing.'''
        return False

    def _checkClosed(self, *args):
        _no_args('_checkClosed', args)
        if self.closed:
            raise _closed_error()

    def _checkSeekable(self, *args):
        _no_args('_checkSeekable', args)
        if self.seekable() is not True:
            raise UnsupportedOperation('File or stream is not seekable.')
        return True

    def _checkReadable(self, *args):
        _no_args('_checkReadable', args)
        if self.readable() is not True:
            raise UnsupportedOperation('File or stream is not readable.')
        return True

    def _checkWritable(self, *args):
        _no_args('_checkWritable', args)
        if self.writable() is not True:
            raise UnsupportedOperation('File or stream is not writable.')
        return True

    def fileno(self):
        '''Return underlying file descriptor if one exists.'''
        raise UnsupportedOperation('fileno')

    def isatty(self):
        '''Return whether this is an 'interactive' stream.'''
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        '''Read and return a line from the stream.'''
        size = _size_arg(size)
        peek = getattr(self, 'peek', None)
        out = bytearray()
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    i = ahead.find(b'\n')
                    n = i + 1 if i >= 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(out))
            b = self.read(n)
            if not isinstance(b, (bytes, bytearray)):
                if b is None:
                    break
                raise OSError(f'read() should have returned a bytes object, not {type(b).__name__!r}')
            if not b:
                break
            out += b
            if out.endswith(b'\n'):
                break
        return bytes(out)

    def readlines(self, hint=None):
        '''Return a list of lines from the stream.'''
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines, /):
        '''Write a list of lines to stream.'''
        self._checkClosed()
        for line in lines:
            self.write(line)


# The kernel makes __enter__/__exit__ native methods (iomod.rs) that test
# `closed` of the exact file classes without a frame; these do the rest.
_IOBase._enter_slow = _IOBase.__enter__
_IOBase._exit_slow = _IOBase.__exit__


class _RawIOBase(_IOBase):
    '''Base class for raw binary I/O.'''

    def read(self, size=-1, /):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        '''Read until EOF, using multiple read() call.'''
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, buffer, /):
        raise NotImplementedError

    def write(self, b, /):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    '''Base class for buffered IO objects.'''

    def detach(self):
        '''Disconnect this buffer from its underlying raw stream and return it.'''
        raise UnsupportedOperation('detach')

    def read(self, size=-1, /):
        '''Read and return up to n bytes.'''
        raise UnsupportedOperation('read')

    def read1(self, size=-1, /):
        '''Read and return up to size bytes, with at most one read() call to the underlying raw stream.'''
        raise UnsupportedOperation('read1')

    def readinto(self, buffer, /):
        data = self.read(_nbytes(buffer))
        return _into(buffer, data)

    def readinto1(self, buffer, /):
        data = self.read1(_nbytes(buffer))
        return _into(buffer, data)

    def write(self, b, /):
        '''Write buffer b to the IO stream.'''
        raise UnsupportedOperation('write')


class _TextIOBase(_IOBase):
    '''Base class for text I/O.'''

    def detach(self):
        '''Separate the underlying buffer from the TextIOBase and return it.'''
        raise UnsupportedOperation('detach')

    def read(self, size=-1, /):
        '''Read at most size characters from stream.'''
        raise UnsupportedOperation('read')

    def readline(self, size=-1, /):
        '''Read until newline or EOF.'''
        raise UnsupportedOperation('readline')

    def write(self, s, /):
        '''Write string s to stream.'''
        raise UnsupportedOperation('write')

    @property
    def encoding(self):
        '''Encoding of the text stream.'''
        return None

    @property
    def newlines(self):
        '''Line endings translated so far.'''
        return None

    @property
    def errors(self):
        '''The error setting of the decoder or encoder.'''
        return None


# --- FileIO ----------------------------------------------------------------

class FileIO(_RawIOBase):
    '''Open a file.'''
    _fd = -1
    _created = _readable = _writable = _appending = False
    _seekable = None
    _closefd = True
    _blksize = DEFAULT_BUFFER_SIZE

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _posix.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if isinstance(file, bool):
                import warnings
                warnings.warn('bool is used as a file descriptor', RuntimeWarning, 2)
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = int(file)
        else:
            fd = -1
            file = _posix.fspath(file)
            if ('\0' if isinstance(file, str) else b'\0') in file:
                raise ValueError('embedded null byte')
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if not set(mode) <= set('rwxab+'):
            raise ValueError(f'invalid mode: {mode}')
        if sum(c in 'rwxa' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        self._created = 'x' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if self._readable and self._writable:
            flags = _posix.O_RDWR
        elif self._readable:
            flags = _posix.O_RDONLY
        else:
            flags = _posix.O_WRONLY
        if 'x' in mode:
            flags |= _posix.O_CREAT | _posix.O_EXCL
        elif 'w' in mode:
            flags |= _posix.O_CREAT | _posix.O_TRUNC
        elif 'a' in mode:
            flags |= _posix.O_CREAT | _posix.O_APPEND
        flags |= _O_CLOEXEC
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        self._closefd = bool(closefd)
        self._fd = fd
        try:
            st = _posix.fstat(fd)
            if st.st_mode & 0o170000 == 0o040000:
                raise IsADirectoryError(21, _posix.strerror(21), file)
            if st.st_blksize and st.st_blksize > 1:
                self._blksize = st.st_blksize
            self.name = file
            if self._appending:
                try:
                    _posix.lseek(fd, 0, _SEEK_END)
                except OSError:
                    pass
        except BaseException:
            if not isinstance(file, int):
                _posix.close(fd)
            self._fd = -1
            raise

    def __repr__(self):
        tn = _type_name(self)
        if self.closed:
            return f'<{tn} [closed]>'
        try:
            name = self.name
        except AttributeError:
            return f"<{tn} fd={self._fd} mode='{self.mode}' closefd={self._closefd}>"
        return f"<{tn} name={name!r} mode='{self.mode}' closefd={self._closefd}>"

    @property
    def closed(self):
        '''True if the file is closed'''
        return self._fd < 0

    @property
    def closefd(self):
        '''True if the file descriptor will be closed by close().'''
        return self._closefd

    @property
    def mode(self):
        '''String giving the file mode'''
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        '''Return the underlying file descriptor (an integer).'''
        self._check()
        return self._fd

    def readable(self):
        '''True if file was opened in a read mode.'''
        self._check()
        return self._readable

    def writable(self):
        '''True if file was opened in a write mode.'''
        self._check()
        return self._writable

    def seekable(self):
        '''True if file supports random-access.'''
        self._check()
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, _SEEK_CUR)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        '''True if the file is connected to a TTY device.'''
        self._check()
        return _posix.isatty(self._fd)

    def read(self, size=-1, /):
        '''Read at most size bytes, returned as bytes.'''
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        try:
            return _posix.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        '''Read all data from the file, returned as bytes.'''
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        chunks = []
        chunk = max(self._blksize, 65536)
        # A regular file's size says how much is left: read it at once.
        want = chunk
        try:
            end = _posix.fstat(self._fd).st_size
            pos = _posix.lseek(self._fd, 0, _SEEK_CUR)
            if end >= pos >= 0:
                want = max(chunk, end - pos + 1)
        except OSError:
            pass
        while True:
            try:
                data = _posix.read(self._fd, want)
            except BlockingIOError:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
            want = chunk
        return chunks[0] if len(chunks) == 1 else b''.join(chunks)

    def readinto(self, buffer, /):
        '''Same as RawIOBase.readinto().'''
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        try:
            data = _posix.read(self._fd, _nbytes(buffer, 'readinto() argument 1'))
        except BlockingIOError:
            return None
        return _into(buffer, data)

    def write(self, b, /):
        '''Write buffer b to file, return number of bytes written.'''
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        try:
            return _posix.write(self._fd, _bytes_like(b))
        except BlockingIOError:
            return None

    def seek(self, pos, whence=0, /):
        '''Move to new file position and return the file position.'''
        self._check()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        '''Current file position.'''
        self._check()
        return _posix.lseek(self._fd, 0, _SEEK_CUR)

    def truncate(self, size=None, /):
        '''Truncate the file to at most size bytes and return the truncated size.'''
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _ftruncate(self._fd, size)
        return size

    def close(self):
        '''Close the file.'''
        if self._fd >= 0:
            try:
                _IOBase.close(self)
            finally:
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _posix.close(fd)

    def _dealloc_warn(self, source):
        if self._fd >= 0 and self._closefd:
            _warn_unclosed(source)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

    # The kernel makes close, closed and __del__ native for an exact FileIO
    # (iomod.rs); they call these for the rest.
    _close_slow = close
    _closed_slow = closed.fget
    _del_slow = _IOBase.__del__


# --- BytesIO ---------------------------------------------------------------

class BytesIO(_BufferedIOBase):
    '''Buffered I/O implementation using an in-memory bytes buffer.'''

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_like(initial_bytes)
        self._buf = buf
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        '''True if the file is closed.'''
        return self._closed

    def _check(self):
        if self._closed:
            raise _closed_error()

    def close(self):
        '''Disable all I/O operations.'''
        self._closed = True

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getvalue(self):
        '''Retrieve the entire contents of the BytesIO object.'''
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        '''Get a read-write view over the contents of the BytesIO object.'''
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1, /):
        '''Read at most size bytes, returned as a bytes object.'''
        self._check()
        size = _size_arg(size)
        pos = self._pos
        end = len(self._buf) if size < 0 else min(len(self._buf), pos + size)
        if end <= pos:
            return b''
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1, /):
        return self.read(size)

    def readinto(self, buffer, /):
        self._check()
        data = self.read(_nbytes(buffer))
        return _into(buffer, data)

    readinto1 = readinto

    def readline(self, size=-1, /):
        '''Next line from the file, as a bytes object.'''
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        end = buf.find(b'\n', pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        if end <= pos:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, size=None, /):
        self._check()
        return _IOBase.readlines(self, size)

    def write(self, b, /):
        '''Write bytes to file.'''
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines, /):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0, /):
        '''Change stream position.'''
        self._check()
        if not isinstance(pos, int):
            pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def tell(self):
        '''Current file position, an integer.'''
        self._check()
        return self._pos

    def truncate(self, size=None, /):
        '''Truncate the file to at most size bytes.'''
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buf[size:]
        return size

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # The attributes this implementation keeps in the instance dict; the
    # pickled state's dict holds only the others (None when there are none).
    _OWN_ATTRS = frozenset(('_buf', '_pos', '_closed'))

    def __getstate__(self):
        self._check()
        extra = {k: v for k, v in self.__dict__.items() if k not in BytesIO._OWN_ATTRS}
        return (self.getvalue(), self._pos, extra or None)

    def __setstate__(self, state):
        # (also on an object made by __new__ alone, which pickle and copy make)
        if getattr(self, '_closed', False):
            raise _closed_error()
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError(f'_io.BytesIO.__setstate__ argument should be 3-tuple, got {type(state).__name__}')
        value, pos, extra = state[:3]
        buf = bytearray(_bytes_like(value))
        if not isinstance(pos, int):
            raise TypeError(f'second item of state must be an integer, not {type(pos).__name__}')
        if pos < 0:
            raise ValueError('position value cannot be negative')
        if extra is not None and not isinstance(extra, dict):
            raise TypeError(f'third item of state should be a dict, got a {type(extra).__name__}')
        self._buf = buf
        self._pos = pos
        self._closed = False
        if extra is not None:
            self.__dict__.update(extra)


# --- newline handling --------------------------------------------------------

_LF, _CR, _CRLF = 1, 2, 4


def _check_newline(newline, quote):
    if newline is not None and not isinstance(newline, str):
        return TypeError(f'newline must be str or None, not {type(newline).__name__}')
    if newline not in (None, '', '\n', '\r', '\r\n'):
        return ValueError(f'illegal newline value: {newline!r}' if quote else f'illegal newline value: {newline}')
    return None


class IncrementalNewlineDecoder:
    '''Codec used when reading a file in universal newlines mode.'''

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
            if not isinstance(output, str):
                raise TypeError(f'decoder should return a string result, not {type(output).__name__!r}')
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if '\r' not in output:
            # No count needed: only '\n' endings, left as they are.
            if '\n' in output:
                self._seen |= _LF
        else:
            crlf = output.count('\r\n')
            cr = output.count('\r') - crlf
            lf = output.count('\n') - crlf
            self._seen |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
            if self.translate:
                if crlf:
                    output = output.replace('\r\n', '\n')
                if cr:
                    output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | int(self._pendingcr)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))[self._seen]


# --- StringIO --------------------------------------------------------------

class StringIO(_TextIOBase):
    '''Text I/O implementation using an in-memory buffer.'''

    def __init__(self, initial_value='', newline='\n'):
        err = _check_newline(newline, True)
        if err is not None:
            raise err
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._decoder = IncrementalNewlineDecoder(None, True) if newline is None else None
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        '''Close the IO object.'''
        self._closed = True
        self._chunks = []

    def _value(self):
        if len(self._chunks) != 1:
            self._chunks = [''.join(self._chunks)]
        return self._chunks[0]

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None if self._decoder is None else self._decoder.newlines

    def getvalue(self):
        '''Retrieve the entire contents of the object.'''
        self._check()
        return self._value()

    def write(self, s, /):
        '''Write string to file.'''
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
            self._len += len(s)
            self._pos = self._len
            return n
        v = self._value()
        if pos > len(v):
            v += '\0' * (pos - len(v))
        v = v[:pos] + s + v[pos + len(s):]
        self._chunks = [v]
        self._len = len(v)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1, /):
        '''Read at most size characters, returned as a string.'''
        self._check()
        size = _size_arg(size)
        v = self._value()
        pos = self._pos
        end = len(v) if size < 0 else min(len(v), pos + size)
        if end <= pos:
            return ''
        self._pos = end
        return v[pos:end]

    def readline(self, size=-1, /):
        '''Read until newline or EOF.'''
        self._check()
        size = _size_arg(size)
        v = self._value()
        pos = self._pos
        if pos >= len(v):
            return ''
        end = _find_line_end(v, pos, self._newline)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return v[pos:end]

    def seek(self, pos, whence=0, /):
        '''Change stream position.'''
        self._check()
        if not isinstance(pos, int):
            pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            pos = self._len
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def tell(self):
        '''Tell the current file position.'''
        self._check()
        return self._pos

    def truncate(self, pos=None, /):
        '''Truncate size to pos.'''
        self._check()
        pos = self._pos if pos is None else _size_arg(pos)
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        if pos < self._len:
            self._chunks = [self._value()[:pos]]
            self._len = pos
        return pos

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # The attributes this implementation keeps in the instance dict; the
    # pickled state's dict holds only the others (None when there are none).
    _OWN_ATTRS = frozenset(('_newline', '_decoder', '_chunks', '_len', '_pos', '_closed'))

    def __getstate__(self):
        self._check()
        extra = {k: v for k, v in self.__dict__.items() if k not in StringIO._OWN_ATTRS}
        return (self.getvalue(), self._newline, self._pos, extra or None)

    def __setstate__(self, state):
        # (also on an object made by __new__ alone, which pickle makes)
        if getattr(self, '_closed', False):
            raise ValueError('I/O operation on closed file')
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError(f'_io.StringIO.__setstate__ argument should be 4-tuple, got {type(state).__name__}')
        value, newline, pos, extra = state
        StringIO.__init__(self, value, newline)
        # The value was translated when it was pickled: keep it as it is.
        self._chunks = [value] if value else []
        self._len = len(value) if value else 0
        if not isinstance(pos, int):
            raise TypeError(f'third item of state must be an integer, got {type(pos).__name__}')
        if pos < 0:
            raise ValueError('position value cannot be negative')
        self._pos = pos
        if extra is not None:
            if not isinstance(extra, dict):
                raise TypeError(f'fourth item of state should be a dict, got a {type(extra).__name__}')
            self.__dict__.update(extra)


def _find_line_end(v, pos, newline):
    # The index just past the line starting at pos (len(v) if none ends).
    if newline is None or newline == '\n':
        i = v.find('\n', pos)
        return len(v) if i < 0 else i + 1
    if newline == '':
        n = v.find('\n', pos)
        r = v.find('\r', pos)
        if r < 0 or (0 <= n < r):
            return len(v) if n < 0 else n + 1
        return r + 2 if v.startswith('\r\n', r) else r + 1
    i = v.find(newline, pos)
    return len(v) if i < 0 else i + len(newline)


# --- buffered streams ------------------------------------------------------

def _check_can(answer, what):
    # What CPython's C layers check of the raw streams they wrap: the
    # answer of readable()/writable()/seekable() must be True itself (the
    # raw stream need not derive from IOBase nor have _checkReadable).
    if answer is not True:
        raise UnsupportedOperation(f'File or stream is not {what}.')


class _Buffered(_BufferedIOBase):
    # The one implementation behind BufferedReader, BufferedWriter and
    # BufferedRandom, which are copies of this class (so that their MROs
    # are CPython's): _can_read/_can_write choose what each allows.

    def _setup(self, raw, buffer_size, can_read, can_write):
        # A failed (re-)initialization leaves the object uninitialized.
        self.__dict__.pop('_raw', None)
        if not isinstance(buffer_size, int):
            raise TypeError(f"'{type(buffer_size).__name__}' object cannot be interpreted as an integer")
        if can_read and can_write:
            _check_can(raw.seekable(), 'seekable')
        if can_read:
            _check_can(raw.readable(), 'readable')
        if can_write:
            _check_can(raw.writable(), 'writable')
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._lock = _thread.RLock()
        self.buffer_size = buffer_size
        self._can_read = can_read
        self._can_write = can_write
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _r(self):
        raw = self.__dict__.get('_raw')
        if raw is None:
            if '_raw' in self.__dict__:
                raise ValueError('raw stream has been detached')
            raise ValueError('I/O operation on uninitialized object')
        return raw

    def __repr__(self):
        tn = _type_name(self)
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{tn}>'
        return f'<{tn} name={name!r}>'

    @property
    def name(self):
        return self._r().name

    @property
    def mode(self):
        return self._r().mode

    @property
    def closed(self):
        try:
            return self._raw.closed
        except AttributeError:
            return self._r().closed

    def fileno(self):
        return self._r().fileno()

    def isatty(self):
        return self._r().isatty()

    def readable(self):
        return self._can_read and self._r().readable()

    def writable(self):
        return self._can_write and self._r().writable()

    def seekable(self):
        return self._r().seekable()

    def _check_open(self, message='I/O operation on closed file.'):
        if self._r().closed:
            raise ValueError(message)

    # -- writing
    def _flush_writes(self):
        raw = self._raw
        buf = self._wbuf
        while buf:
            n = raw.write(bytes(buf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            if n < 0 or n > len(buf):
                raise OSError(f'raw write() returned invalid length {n} (should have been between 0 and {len(buf)})')
            del buf[:n]

    def _drop_read_ahead(self):
        # Put the raw position back where the reader is.
        ahead = len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        if ahead:
            self._raw.seek(-ahead, _SEEK_CUR)

    def write(self, b, /):
        '''Write the given buffer to the IO stream.'''
        if not self._can_write:
            raise UnsupportedOperation('write')
        raw = self.__dict__.get('_raw')
        if raw is None or raw.closed:
            self._check_open('write to closed file')
        data = b if type(b) is bytes else _bytes_like(b)
        if self._rbuf:
            self._drop_read_ahead()
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def flush(self):
        self._check_open('flush of closed file' if self._can_write else 'I/O operation on closed file.')
        if self._can_write:
            self._flush_writes()
            self._raw.flush()

    # -- reading
    def _avail(self):
        return len(self._rbuf) - self._rpos

    def _take(self, n):
        data = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(data)
        if self._rpos >= len(self._rbuf):
            self._rbuf = b''
            self._rpos = 0
        return data

    def _fill(self, want):
        # One raw read of at least `want` (buffer_size) bytes; False at EOF
        # or when the raw stream would block.
        if self._wbuf:
            self._flush_writes()
        data = self._raw.read(max(want, self.buffer_size))
        if not data:
            return False
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return True

    def _check_read(self, what='read', op='read'):
        if not self._can_read:
            raise UnsupportedOperation(op)
        self._check_open(f'{what} of closed file')

    def read(self, size=-1, /):
        '''Read and return up to n bytes.'''
        self._check_read()
        size = _size_arg(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        if size < 0:
            if self._wbuf:
                self._flush_writes()
            head = self._take(self._avail())
            rest = self._raw.readall() if hasattr(self._raw, 'readall') else self._raw.read()
            if rest is None:
                return head or None
            return rest if not head and type(rest) is bytes else head + rest
        while self._avail() < size:
            if not self._fill(size - self._avail()):
                break
        return self._take(size)

    def read1(self, size=-1, /):
        '''Read and return up to n bytes, with at most one read() call to the underlying raw stream.'''
        self._check_read('read', 'read1')
        size = _size_arg(size)
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        if not self._avail():
            self._fill(size)
        return self._take(size)

    def peek(self, size=0, /):
        '''Return buffered bytes without advancing the position.'''
        self._check_read('peek')
        if not self._avail():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readinto(self, buffer, /):
        self._check_read('readinto')
        return _into(buffer, self.read(_nbytes(buffer)))

    def readinto1(self, buffer, /):
        self._check_read('readinto', 'read1')
        return _into(buffer, self.read1(_nbytes(buffer)))

    def readline(self, size=-1, /):
        '''Read and return a line from the stream.'''
        self._check_read('readline')
        size = _size_arg(size)
        while True:
            i = self._rbuf.find(b'\n', self._rpos)
            if i >= 0:
                n = i + 1 - self._rpos
                break
            if 0 <= size <= self._avail():
                n = size
                break
            if not self._fill(1):
                n = self._avail()
                break
        if size >= 0:
            n = min(n, size)
        return self._take(n)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning
    def tell(self):
        '''Return current stream position.'''
        pos = self._r().tell() - self._avail() + len(self._wbuf)
        return max(pos, 0)

    def seek(self, target, whence=0, /):
        '''Change the stream position to the given byte offset.'''
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        self._check_open('seek of closed file')
        if not isinstance(target, int):
            target = _index(target)
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            target -= self._avail()
        self._rbuf = b''
        self._rpos = 0
        return self._raw.seek(target, whence)

    def truncate(self, pos=None, /):
        '''Truncate file to size bytes.'''
        self._check_open('truncate of closed file')
        if not self._can_write:
            raise UnsupportedOperation('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_read_ahead()
        return self._raw.truncate(pos)

    # -- closing
    def close(self):
        raw = self._r()
        if raw.closed:
            return
        # flush() even for a reader (a replaced flush runs, as CPython's);
        # an error of raw.close() then has the flush error as its context.
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        '''Disconnect this buffer from its underlying raw stream and return it.'''
        raw = self._r()
        self.flush()
        if self._rbuf:
            self._drop_read_ahead()
        self._raw = None
        return raw

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

    def _dealloc_warn(self, source):
        raw = self.__dict__.get('_raw')
        dealloc_warn = getattr(raw, '_dealloc_warn', None)
        if dealloc_warn is not None:
            dealloc_warn(source)

    def __del__(self):
        raw = self.__dict__.get('_raw')
        if raw is not None:
            try:
                closed = raw.closed
            except Exception:
                closed = True
            try:
                if not closed:
                    self._dealloc_warn(self)
            finally:
                # A failing close() is reported as unraisable (the
                # finalizer's caller does it), as CPython 3.13 does.
                self.close()


def _locked(f):
    # One thread at a time in a buffered stream, as CPython's buffered
    # objects lock themselves: the buffers are shared state.
    def method(self, /, *args, **kwargs):
        with self._lock:
            return f(self, *args, **kwargs)
    method.__name__ = f.__name__
    method.__qualname__ = f.__qualname__
    method.__doc__ = f.__doc__
    return method


for _n in ('write', 'flush', 'read', 'read1', 'peek', 'readinto', 'readinto1', 'readline', 'seek', 'tell', 'truncate', 'detach'):
    setattr(_Buffered, _n, _locked(_Buffered.__dict__[_n]))
del _n
# The kernel makes BufferedReader's and BufferedRandom's readline and
# __next__ native methods doing the common case (a whole line in the read
# buffer) without a frame (iomod.rs); they call these for the rest.
_Buffered._readline_slow = _Buffered.readline
_Buffered._next_slow = _Buffered.__next__
# And read, close, closed and __del__ for the exact classes over a FileIO.
_Buffered._read_slow = _Buffered.read
_Buffered._write_slow = _Buffered.write
_Buffered._close_slow = _Buffered.close
_Buffered._closed_slow = _Buffered.closed.fget
_Buffered._del_slow = _Buffered.__del__


def _buffered_class(name, doc, can_read, can_write):
    # Each class has the methods of its kind only, as CPython's: a writer
    # inherits read() and friends from BufferedIOBase (UnsupportedOperation)
    # and has no peek(); a reader inherits writable() and write().
    # (Tuples, not set displays: a constant set's order would differ from
    # run to run in the precompiled code.)
    skip = ['__dict__', '__weakref__', '__doc__', '__qualname__']
    if not can_read:
        skip += ('__next__', 'peek', 'read', 'read1', 'readable', 'readinto', 'readinto1', 'readline')
    if not can_write:
        skip += ('writable', 'write')
    ns = {k: v for k, v in _Buffered.__dict__.items() if k not in skip}

    def init(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._setup(raw, buffer_size, can_read, can_write)

    def __init__(self, *args, **kwargs):
        # (raw, buffer_size=DEFAULT_BUFFER_SIZE), with CPython's messages.
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f'{name}() takes at most 2 arguments ({given} given)')
        if not args and 'raw' not in kwargs:
            raise TypeError(f"{name}() missing required argument 'raw' (pos 1)")
        init(self, *args, **kwargs)
    __init__.__qualname__ = f'{name}.__init__'
    ns['__init__'] = __init__
    ns['__doc__'] = doc
    ns['__qualname__'] = name
    ns['__module__'] = '_io'
    return type(name, (_BufferedIOBase,), ns)


BufferedReader = _buffered_class('BufferedReader', 'Create a new buffered reader using the given readable raw IO object.', True, False)
BufferedWriter = _buffered_class('BufferedWriter', 'A buffer for a writeable sequential RawIO object.', False, True)
BufferedRandom = _buffered_class('BufferedRandom', 'A buffered interface to random access streams.', True, True)
del _Buffered


class BufferedRWPair(_BufferedIOBase):
    '''A buffered reader and writer object together.'''

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        _check_can(reader.readable(), 'readable')
        _check_can(writer.writable(), 'writable')
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1, /):
        return self._reader.read(size)

    def read1(self, size=-1, /):
        return self._reader.read1(size)

    def peek(self, size=0, /):
        return self._reader.peek(size)

    def readinto(self, buffer, /):
        return self._reader.readinto(buffer)

    def readinto1(self, buffer, /):
        return self._reader.readinto1(buffer)

    def readline(self, size=-1, /):
        return self._reader.readline(size)

    def write(self, b, /):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


# --- TextIOWrapper ---------------------------------------------------------

def _default_encoding():
    # The locale's encoding, named as the kernel's open() names it. pyk's
    # open() takes the locale encoding to be UTF-8 whatever LC_CTYPE says
    # (only the standard streams follow a non-UTF-8 locale), and names it
    # as CPython does under a UTF-8 locale, so both open()s print the same
    # repr.
    return 'UTF-8'


class _Utf8Encoder:
    # UTF-8's incremental encoder over _codecs, so that a UTF-8 text stream
    # (the standard streams at start-up) needs neither the library's codecs
    # module nor the encodings package. It keeps no state.
    def __init__(self, errors='strict'):
        self.errors = errors

    def encode(self, input, final=False):
        return _codecs.utf_8_encode(input, self.errors)[0]

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class _Utf8Decoder:
    # UTF-8's incremental decoder over _codecs: the bytes of an incomplete
    # sequence wait for the next call; getstate() is (waiting bytes, 0), as
    # the encodings package's decoder reports it (tell() cookies).
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = b''

    def decode(self, input, final=False):
        data = self.buffer + input if self.buffer else input
        text, used = _codecs.utf_8_decode(data, self.errors, final)
        self.buffer = data[used:]
        return text

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _Utf8Info:
    # In the instance dict, where iomod.rs's fast paths read a codec record.
    def __init__(self):
        self.name = 'utf-8'
        self._is_text_encoding = True
        self.incrementalencoder = _Utf8Encoder
        self.incrementaldecoder = _Utf8Decoder


_UTF8_INFO = _Utf8Info()
_UTF8_NAMES = frozenset(('utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4'))


def text_encoding(encoding, stacklevel=2, /):
    '''A helper function to choose the text encoding.'''
    if encoding is not None:
        return encoding
    if _sys.flags.warn_default_encoding:
        import _warnings
        # stacklevel counts from the caller, as for CPython's C function.
        _warnings.warn("'encoding' argument not specified", EncodingWarning, stacklevel + 1)
    return 'utf-8' if _sys.flags.utf8_mode else 'locale'


class TextIOWrapper(_TextIOBase):
    '''Character and line based layer over a BufferedIOBase object, buffer.'''
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self._buffer = None
        for what, v in (('encoding', encoding), ('errors', errors)):
            if v is not None and not isinstance(v, str):
                raise TypeError(f"TextIOWrapper() argument '{what}' must be str or None, not {type(v).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        err = _check_newline(newline, False)
        if err is not None:
            raise err
        if encoding is None:
            _warn_encoding()
        _check_errors(errors)
        if encoding is None or encoding == 'locale':
            encoding = _default_encoding()
        self._buffer = buffer
        self._pending_bytes = []
        self._pending_len = 0
        self._configure(encoding, 'strict' if errors is None else errors, newline, bool(line_buffering), bool(write_through))
        self._ok = True

    def _configure(self, encoding, errors, newline, line_buffering, write_through):
        self.__dict__.pop('_lazy_seen', None)
        if encoding.lower().replace('-', '_') in _UTF8_NAMES:
            info = _UTF8_INFO
        else:
            import codecs
            info = codecs.lookup(encoding)
        if not getattr(info, '_is_text_encoding', True):
            raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
        self._encoding = encoding
        self._errors = errors
        self._codec = info
        self._utf8 = info.name == 'utf-8'
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ''
        self._used = 0
        self._snapshot = None
        self._b2cratio = 0.0
        self._seekable = self._telling = self._buffer.seekable()
        self._has_read1 = hasattr(self._buffer, 'read1')
        self._decoder = None
        self._encoder = None
        if self._buffer.readable():
            self._decoder = self._make_decoder()
        if self._buffer.writable():
            self._encoder = info.incrementalencoder(errors)
            if self._seekable and self._buffer.tell() != 0:
                try:
                    self._encoder.setstate(0)
                except LookupError:
                    pass

    def _make_decoder(self):
        d = self._codec.incrementaldecoder(self._errors)
        if self._readuniversal:
            d = IncrementalNewlineDecoder(d, self._readtranslate)
        return d

    def _b(self):
        b = self._buffer
        if b is None:
            raise ValueError('underlying buffer has been detached')
        return b

    def __repr__(self):
        parts = [f'<{_type_name(self)}']
        try:
            parts.append(f'name={self.name!r}')
        except (AttributeError, ValueError):
            pass
        try:
            parts.append(f'mode={self.mode!r}')
        except AttributeError:
            pass
        parts.append(f'encoding={self._encoding!r}>')
        return ' '.join(parts)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._b()

    @property
    def name(self):
        return self._b().name

    @property
    def closed(self):
        return self._b().closed

    @property
    def newlines(self):
        return getattr(self._decoder, 'newlines', None)

    def fileno(self):
        return self._b().fileno()

    def isatty(self):
        return self._b().isatty()

    def readable(self):
        return self._b().readable()

    def writable(self):
        return self._b().writable()

    def seekable(self):
        if self._b().closed:
            # CPython's TextIOWrapper words this one without a full stop.
            raise ValueError('I/O operation on closed file')
        return self._seekable

    def _check_closed(self):
        if self._b().closed:
            raise _closed_error()

    def flush(self):
        self._check_closed()
        self._telling = self._seekable
        self._write_pending()
        self._b().flush()

    def _write_pending(self):
        if self._pending_bytes:
            b = b''.join(self._pending_bytes)
            self._pending_bytes = []
            self._pending_len = 0
            self._b().write(b)

    def close(self):
        b = self._b()
        if b.closed:
            return
        try:
            self.flush()
        finally:
            b.close()

    def detach(self):
        b = self._b()
        self.flush()
        self._buffer = None
        return b

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        '''Reconfigure the text stream with new parameters.'''
        if self._decoder is not None and (encoding is not None or errors is not None or newline is not Ellipsis) and (self._decoded or self._snapshot is not None):
            raise UnsupportedOperation('It is not possible to set the encoding or newline of stream after the first read')
        for what, v in (('encoding', encoding), ('errors', errors)):
            if v is not None and not isinstance(v, str):
                raise TypeError(f"reconfigure() argument '{what}' must be str or None, not {type(v).__name__}")
        if newline is not Ellipsis:
            err = _check_newline(newline, False)
            if err is not None:
                raise err
        else:
            newline = self._newline
        if encoding is None:
            encoding = self._encoding
            if errors is None:
                errors = self._errors
        else:
            if encoding == 'locale':
                encoding = _default_encoding()
            if errors is None:
                errors = 'strict'
        self.flush()
        self._configure(encoding, errors, newline,
                        self._line_buffering if line_buffering is None else bool(line_buffering),
                        self._write_through if write_through is None else bool(write_through))

    # -- writing
    def write(self, s, /):
        '''Write string s to stream and returning an int.'''
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if self._buffer is None or self._buffer.closed:
            self._check_closed()
        if self._encoder is None:
            raise UnsupportedOperation('not writable')
        n = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        if self._utf8 and self._errors == 'strict':
            b = s.encode('utf-8')
        else:
            b = self._encoder.encode(s)
        # Small writes gather here and reach the buffer a chunk at a time.
        self._pending_bytes.append(b)
        self._pending_len += len(b)
        if self._pending_len > self._CHUNK_SIZE or self._write_through:
            self._write_pending()
        if self._line_buffering and (haslf or '\r' in s):
            self.flush()
        if self._decoded or self._snapshot is not None:
            self._decoded = ''
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
        return n

    # -- reading
    def _check_readable(self):
        self._check_closed()
        if self._decoder is None:
            raise UnsupportedOperation('not readable')

    def _read_chunk(self):
        # Decode one more chunk; False at EOF. self._decoded is always what
        # the decoder made of the snapshot's input, so that tell() can
        # replay it: with decoded text still pending (callers avoid that),
        # the new text and input extend the old rather than replace them.
        if self._pending_bytes:
            self._write_pending()
        if self._telling:
            state = self._decoder.getstate()
            if not isinstance(state, tuple) or len(state) != 2:
                raise TypeError('illegal decoder state')
            buffered, flags = state
            if not isinstance(buffered, bytes):
                raise TypeError(f'illegal decoder state: the first item should be a bytes object, not {type(buffered).__name__!r}')
        b = self._b()
        chunk = b.read1(self._CHUNK_SIZE) if self._has_read1 else b.read(self._CHUNK_SIZE)
        if chunk is None:
            chunk = b''
        eof = not chunk
        text = self._decoder.decode(chunk, eof)
        self._b2cratio = len(chunk) / len(text) if text else 0.0
        if self._used < len(self._decoded):
            self._decoded += text
            if self._telling and self._snapshot is not None:
                self._snapshot = (self._snapshot[0], self._snapshot[1] + chunk)
        else:
            self._decoded = text
            self._used = 0
            if self._telling:
                self._snapshot = (flags, buffered + chunk)
        return not eof

    def _fill(self):
        # Read chunks until some decoded text is pending; False at EOF.
        while not self._pending():
            if not self._read_chunk():
                return bool(self._pending())
        return True

    def _pending(self):
        return len(self._decoded) - self._used

    def _take(self, n):
        out = self._decoded[self._used:self._used + n]
        self._used += len(out)
        return out

    def read(self, size=-1, /):
        '''Read at most size characters from stream.'''
        self._check_readable()
        size = _size_arg(size)
        if size < 0:
            self._write_pending()
            rest = self._b().read()
            head = self._take(self._pending())
            text = self._decoder.decode(b'' if rest is None else rest, final=True)
            if not isinstance(text, str):
                raise TypeError(f'decoder should return a string result, not {type(text).__name__!r}')
            if head:
                text = head + text
            self._snapshot = None
            self._decoded = ''
            self._used = 0
            return text
        parts = [self._take(size)]
        n = len(parts[0])
        while n < size and self._fill():
            part = self._take(size - n)
            parts.append(part)
            n += len(part)
        return ''.join(parts)

    def _line_end(self, d, start):
        # The index just past the first line ending in d[start:], or -1. In
        # untranslated universal mode a final '\r' is not yet an ending:
        # a '\n' may follow in the next chunk.
        if self._readtranslate:
            i = d.find('\n', start)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            n = d.find('\n', start)
            r = d.find('\r', start)
            if r < 0 or (0 <= n < r):
                return -1 if n < 0 else n + 1
            if r + 1 < len(d):
                return r + 2 if d[r + 1] == '\n' else r + 1
            return -1
        i = d.find(self._newline, start)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1, /):
        '''Read until newline or EOF.'''
        if size == -1 and self._readtranslate:
            # The common case: a whole translated line already decoded.
            d = self._decoded
            u = self._used
            i = d.find('\n', u)
            if i >= 0 and self._buffer is not None and not self._buffer.closed:
                self._used = i + 1
                return d[u:i + 1]
        self._check_readable()
        size = _index(size)  # None is refused here, unlike the binary layers
        parts = []
        n = 0
        split_crlf = not self._readtranslate and (self._readuniversal or self._newline == '\r\n')
        while True:
            if parts and split_crlf and parts[-1].endswith('\r'):
                # A '\r' ended the last chunk: the line may end there.
                if self._decoded.startswith('\n', self._used) and (size < 0 or n < size):
                    parts.append(self._take(1))
                    break
                if self._readuniversal:
                    break
            end = self._line_end(self._decoded, self._used)
            count = self._pending() if end < 0 else end - self._used
            if 0 <= size - n <= count:
                parts.append(self._take(size - n))
                break
            parts.append(self._take(count))
            n += count
            if end >= 0 or not self._fill():
                break
        return ''.join(parts)

    def __next__(self):
        # A subclass's own readline() makes its lines, as in CPython.
        if self._readtranslate and type(self) is TextIOWrapper:
            d = self._decoded
            u = self._used
            i = d.find('\n', u)
            if i >= 0 and self._buffer is not None and not self._buffer.closed:
                self._used = i + 1
                return d[u:i + 1]
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # The kernel makes __next__, readline and write native methods doing
    # these fast paths without a frame (iomod.rs); they call these for the rest.
    _next_slow = __next__
    _readline_slow = readline
    _write_slow = write
    _read_slow = read
    _close_slow = close
    _closed_slow = closed.fget

    # -- positioning
    def tell(self):
        '''Return the stream position as an opaque number.'''
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        self.flush()
        position = self._b().tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        flags, chunk = self._snapshot
        position -= len(chunk)
        skip = self._used
        if skip == 0:
            return _pack(position, flags)
        saved = decoder.getstate()
        try:
            # First a guess from the chunk's bytes-per-character ratio, as
            # CPython makes it (so the cookies are the same numbers): step
            # back until decoding up to the guess leaves nothing buffered.
            guess = int(self._b2cratio * skip)
            back = 1
            while guess > 0:
                self._decoder_setstate(position, flags)
                got = len(decoder.decode(chunk[:guess]))
                if got <= skip:
                    buffered, now = decoder.getstate()
                    if not buffered:
                        flags = now
                        skip -= got
                        break
                    guess -= len(buffered)
                    back = 1
                else:
                    guess -= back
                    back *= 2
            if guess <= 0:
                guess = 0
                self._decoder_setstate(position, flags)
            start, start_flags, fed, chars, need_eof = position + guess, flags, 0, 0, False
            if skip == 0:
                return _pack(start, start_flags)
            # Then a byte at a time, remembering the last safe start point
            # (nothing buffered in the decoder) before the position.
            for i in range(guess, len(chunk)):
                fed += 1
                chars += len(decoder.decode(chunk[i:i + 1]))
                buffered, now = decoder.getstate()
                if not buffered and chars <= skip:
                    start += fed
                    skip -= chars
                    start_flags = now
                    fed = chars = 0
                if chars >= skip:
                    break
            else:
                chars += len(decoder.decode(b'', final=True))
                need_eof = True
                if chars < skip:
                    raise OSError("can't reconstruct logical file position")
            return _pack(start, start_flags, fed, need_eof, skip)
        finally:
            decoder.setstate(saved)

    def seek(self, cookie, whence=0, /):
        '''Set the stream position, and return the new position.'''
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not isinstance(cookie, int):
            cookie = _index(cookie)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._b().seek(0, 2)
            self._decoded = ''
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            return position
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        start, flags, fed, need_eof, skip = _unpack(cookie)
        self._b().seek(start)
        self._decoded = ''
        self._used = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder_setstate(start, flags)
            self._snapshot = (flags, b'')
        if skip:
            chunk = self._b().read(fed)
            self._decoded = self._decoder.decode(chunk, need_eof)
            self._snapshot = (flags, chunk)
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._used = skip
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                try:
                    self._encoder.setstate(0)
                except LookupError:
                    pass
        return cookie

    def _decoder_setstate(self, start, flags):
        # At the start of the stream reset() rather than setstate(): some
        # decoders (utf-16) do not start in state (b'', 0).
        if start == 0 and flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b'', flags))

    def truncate(self, pos=None, /):
        '''Truncate file to size bytes.'''
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._b().truncate(pos)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

    def __del__(self):
        # Only a wrapper that finished __init__ closes its buffer.
        buffer = self.__dict__.get('_buffer')
        if self.__dict__.get('_ok') and buffer is not None:
            try:
                closed = buffer.closed
            except Exception:
                closed = True
            try:
                if not closed:
                    dealloc_warn = getattr(buffer, '_dealloc_warn', None)
                    if dealloc_warn is not None:
                        dealloc_warn(self)
            finally:
                # A failing close() is reported as unraisable (the
                # finalizer's caller does it), as CPython 3.13 does.
                self.close()

    _del_slow = __del__


class _LazyCoder:
    # TextIOWrapper's _decoder or _encoder when the native open() made the
    # wrapper (iomod.rs): made on first use and kept in the instance dict,
    # as _configure would have made it (UTF-8's are stateless when new). A
    # native read() that found line endings before the decoder existed
    # left what it saw in _lazy_seen.
    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        d = obj.__dict__
        if '_ok' not in d or '_codec' not in d:
            raise AttributeError(f"'{type(obj).__name__}' object has no attribute '{self._name}'")
        if self._name == '_decoder':
            coder = obj._make_decoder()
            seen = d.pop('_lazy_seen', 0)
            if seen:
                coder._seen |= seen
        else:
            coder = obj._codec.incrementalencoder(obj._errors)
        d[self._name] = coder
        return coder


TextIOWrapper._decoder = _LazyCoder('_decoder')
TextIOWrapper._encoder = _LazyCoder('_encoder')


def _close_after_error(obj, exc):
    # The rest of a native close() whose flush failed with exc: obj (the
    # buffer, or the raw stream) is closed in a `finally`, as the Python
    # close() methods do.
    try:
        raise exc
    finally:
        obj.close()


def _pack(position, flags=0, fed=0, need_eof=False, skip=0):
    # CPython's cookie layout: a 64-bit position, then 32 bits each of
    # decoder flags, bytes to feed and characters to skip, then need_eof.
    return position | (flags << 64) | (fed << 96) | (skip << 128) | (int(need_eof) << 160)


def _unpack(cookie):
    m32 = (1 << 32) - 1
    return cookie & ((1 << 64) - 1), (cookie >> 64) & m32, (cookie >> 96) & m32, bool((cookie >> 160) & 0xff), (cookie >> 128) & m32


# --- open ------------------------------------------------------------------

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    '''Open file and return a stream.  Raise OSError upon failure.'''
    if not isinstance(file, int):
        file = _posix.fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    for what, v in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if v is not None and not isinstance(v, str):
            raise TypeError(f"open() argument '{what}' must be str or None, not {type(v).__name__}")
    modes = set(mode)
    if not modes <= set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating, reading, writing, appending = 'x' in modes, 'r' in modes, 'w' in modes, 'a' in modes
    updating, text, binary = '+' in modes, 't' in modes, 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        try:
            import warnings
        except ImportError:
            # warnings needs re (and so _sre); without it there is no
            # machinery to report the warning through.
            warnings = None
        if warnings is not None:
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", RuntimeWarning, 2)
    rawmode = ('x' if creating else 'r' if reading else 'w' if writing else 'a') + ('+' if updating else '')
    if not binary:
        if encoding is None:
            _warn_encoding()
            encoding = 'locale'
        _check_errors(errors)
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    '''Opens the provided file with the intent to import the contents.'''
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def _make_std(fd, encoding, errors, buffered):
    # sys.stdin/stdout/stderr at start-up, as CPython's create_stdio makes
    # them: a FileIO that does not own the descriptor, named '<stdin>' etc.;
    # buffered (stdin always), or the FileIO itself under -u; a
    # TextIOWrapper splitting and writing lines at '\n', line-buffered on
    # a terminal (stderr always, unless unbuffered), writing through
    # under -u.
    writing = fd != 0
    raw = FileIO(fd, 'wb' if writing else 'rb', closefd=False)
    raw.name = ('<stdin>', '<stdout>', '<stderr>')[fd] if fd < 3 else fd
    if writing and not buffered:
        buf = raw
    else:
        buf = BufferedWriter(raw) if writing else BufferedReader(raw)
    line_buffering = buffered and (fd == 2 or raw.isatty())
    text = TextIOWrapper(buf, encoding, errors, '\n', line_buffering, not buffered)
    text.mode = 'w' if writing else 'r'
    return text
