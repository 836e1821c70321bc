b''
b'abc' b'def'
b"\n\t\r\\\""
rb'\x'
b'\777'
