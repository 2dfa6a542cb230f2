"""Key blanks in stock, changed from two modules on two threads."""
