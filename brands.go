package okta

// BrandsService manages brands, themes, email templates and customized pages. Reach it as client.Brands.
type BrandsService service
