'\N{DASH'
