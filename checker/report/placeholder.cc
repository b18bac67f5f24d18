// placeholder: the report stage's first renderer replaces this file
