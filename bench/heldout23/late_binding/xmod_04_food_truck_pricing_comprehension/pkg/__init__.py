"""Point-of-sale for a food truck: menu pricing, promotions and tickets."""
