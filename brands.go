package okta

import (
	"context"
	"net/http"
)

// BrandsService manages brands and everything a brand customizes: its themes (colors, logo, favicon and
// background image), its email templates and their customizations, its sign-in, error and sign-out pages, and
// the custom domains that serve it. Reach it as client.Brands.
//
// Every org has a default brand. A brand's resources are reached through its ID:
//
//	brands, _, err := client.Brands.List(ctx, nil)
//	if err != nil { ... }
//	themes, _, err := client.Brands.ListThemes(ctx, brands[0].ID)
type BrandsService service

// List returns one page of the org's brands. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter. opts.Expand embeds each brand's themes, domains or email domain in its Embedded.
//
//okta:operation listBrands GET /api/v1/brands
func (s *BrandsService) List(ctx context.Context, opts *ListBrandsOptions) ([]BrandWithEmbedded, *Response, error) {
	return send[[]BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands").withQuery(opts))
}

// ListIter returns an iterator over all the brands that match opts, fetching pages as it goes.
func (s *BrandsService) ListIter(ctx context.Context, opts *ListBrandsOptions) *Iterator[BrandWithEmbedded] {
	return newIterator[BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands").withQuery(opts))
}

// Create creates a brand with the given name. Okta gives it a theme and its default settings; set the rest
// with Replace.
//
//okta:operation createBrand POST /api/v1/brands
func (s *BrandsService) Create(ctx context.Context, brand *CreateBrandRequest, opts *CreateBrandOptions) (*Brand, *Response, error) {
	return send[*Brand](ctx, s.client, newRequest(http.MethodPost, "/api/v1/brands").withBody(brand).withQuery(opts))
}

// Get retrieves a brand by ID. opts.Expand embeds its themes, domains or email domain in Embedded.
//
//okta:operation getBrand GET /api/v1/brands/{brandId}
func (s *BrandsService) Get(ctx context.Context, brandID string, opts *GetBrandOptions) (*BrandWithEmbedded, *Response, error) {
	return send[*BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}", brandID).withQuery(opts))
}

// Replace replaces the settings of a brand with those of brand: settings it leaves out go back to their
// defaults. Name is required.
//
//okta:operation replaceBrand PUT /api/v1/brands/{brandId}
func (s *BrandsService) Replace(ctx context.Context, brandID string, brand *BrandRequest, opts *ReplaceBrandOptions) (*Brand, *Response, error) {
	return send[*Brand](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}", brandID).withBody(brand).withQuery(opts))
}

// Delete deletes a brand. Okta refuses (409) to delete the default brand or a brand that a custom domain
// still uses.
//
//okta:operation deleteBrand DELETE /api/v1/brands/{brandId}
func (s *BrandsService) Delete(ctx context.Context, brandID string, opts *DeleteBrandOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}", brandID).withQuery(opts))
}

// ListDomains returns the custom domains that serve a brand. The list is not paginated.
//
//okta:operation listBrandDomains GET /api/v1/brands/{brandId}/domains
func (s *BrandsService) ListDomains(ctx context.Context, brandID string) ([]DomainResponse, *Response, error) {
	return send[[]DomainResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/domains", brandID))
}

// BrandExpand names related resources to embed in a brand.
type BrandExpand string

// BrandExpand values.
const (
	BrandExpandThemes      BrandExpand = "themes"
	BrandExpandDomains     BrandExpand = "domains"
	BrandExpandEmailDomain BrandExpand = "emailDomain"
)

// ListBrandsOptions are the parameters of BrandsService.List.
type ListBrandsOptions struct {
	// Expand embeds related resources in each brand's Embedded.
	Expand []BrandExpand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Q finds the brands whose name matches Q.
	Q string `url:"q"`
}

// CreateBrandOptions are the parameters of BrandsService.Create. The API description lists for this
// operation every parameter of its path, those of List included; Okta documents no effect of them on a
// create, and a nil CreateBrandOptions sends none.
type CreateBrandOptions struct {
	Expand []BrandExpand `url:"expand"`
	After  string        `url:"after"`
	Limit  int           `url:"limit"`
	Q      string        `url:"q"`
}

// GetBrandOptions are the parameters of BrandsService.Get.
type GetBrandOptions struct {
	// Expand embeds related resources in the brand's Embedded.
	Expand []BrandExpand `url:"expand"`
}

// ReplaceBrandOptions are the parameters of BrandsService.Replace.
type ReplaceBrandOptions struct {
	// Expand is listed by the API description for this operation, whose result has no Embedded.
	Expand []BrandExpand `url:"expand"`
}

// DeleteBrandOptions are the parameters of BrandsService.Delete.
type DeleteBrandOptions struct {
	// Expand is listed by the API description for this operation, which returns nothing.
	Expand []BrandExpand `url:"expand"`
}

// Brand is a brand: the look of the pages and email an org's users see. Okta also sends _links, which the
// API description leaves out of this schema; it is in Links.
type Brand struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// IsDefault is true for the org's default brand.
	IsDefault bool `json:"isDefault,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID              string      `json:"emailDomainId,omitzero"`
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy bool        `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        bool        `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	Links                      Links       `json:"_links,omitzero"`
	Extra                      Extra       `json:"-"`
}

// BrandWithEmbedded is a brand with the resources asked for with an expand parameter.
type BrandWithEmbedded struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// IsDefault is true for the org's default brand.
	IsDefault bool `json:"isDefault,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID              string      `json:"emailDomainId,omitzero"`
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy bool        `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        bool        `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded *BrandEmbedded `json:"_embedded,omitzero"`
	// Links has the relations self and themes.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// BrandEmbedded holds the resources embedded in a brand.
type BrandEmbedded struct {
	// Themes are the brand's themes (expand=themes).
	Themes []ThemeResponse `json:"themes,omitzero"`
	// Domains are the custom domains that serve the brand (expand=domains).
	Domains []DomainResponse `json:"domains,omitzero"`
	// EmailDomain is the email domain the brand sends from (expand=emailDomain).
	EmailDomain *EmailDomainResponse `json:"emailDomain,omitzero"`
	Extra       Extra                `json:"-"`
}

// DefaultApp is the app users land on after signing in to a brand's custom domain without a target app. To
// go back to the Okta End-User Dashboard, send appLinkName and appInstanceId as null through Extra.
type DefaultApp struct {
	AppInstanceID         string `json:"appInstanceId,omitzero"`
	AppLinkName           string `json:"appLinkName,omitzero"`
	ClassicApplicationURI string `json:"classicApplicationUri,omitzero"`
	Extra                 Extra  `json:"-"`
}

// CreateBrandRequest is the body of BrandsService.Create.
type CreateBrandRequest struct {
	// Name is the brand's name (required).
	Name  string `json:"name,omitzero"`
	Extra Extra  `json:"-"`
}

// BrandRequest is the body of BrandsService.Replace: a brand's settings.
type BrandRequest struct {
	// Name is the brand's name (required).
	Name string `json:"name,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID string `json:"emailDomainId,omitzero"`
	// CustomPrivacyPolicyURL replaces Okta's privacy policy link; it needs AgreeToCustomPrivacyPolicy true.
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy *bool       `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        *bool       `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	Extra                      Extra       `json:"-"`
}
