5.__class__
