'é\N{DASH'
