'\x41\N{DASH}'
