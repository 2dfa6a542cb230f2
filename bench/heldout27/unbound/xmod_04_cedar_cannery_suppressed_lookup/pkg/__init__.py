"""Cedar cannery: labelling for the cedar-smoked fish canning line."""
