import a.y.z, b.y.z from b.y.z as bar
