1jx
