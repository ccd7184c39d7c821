package okta

import (
	"context"
	"encoding/json"
	"net/http"
)

// This file holds a brand's associated domain customizations (Identity Engine): the content of the well-known
// URIs that tie the brand's domain to native apps and to WebAuthn relying parties, and the public documents Okta
// serves from them.

// GetWellKnownURIs retrieves the customized content of each well-known URI of a brand. Okta embeds the contents
// that opts.Expand names.
//
//okta:operation getAllWellKnownURIs GET /api/v1/brands/{brandId}/well-known-uris
func (s *BrandsService) GetWellKnownURIs(ctx context.Context, brandID string, opts *BrandsGetWellKnownURIsOptions) (*WellKnownURIs, *Response, error) {
	return send[*WellKnownURIs](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/well-known-uris", brandID).withQuery(opts))
}

// GetWellKnownURI retrieves the content a brand serves at one well-known URI, with Okta's own additions.
//
//okta:operation getRootBrandWellKnownURI GET /api/v1/brands/{brandId}/well-known-uris/{path}
func (s *BrandsService) GetWellKnownURI(ctx context.Context, brandID string, path WellKnownURIPath, opts *BrandsGetWellKnownURIOptions) (*WellKnownURI, *Response, error) {
	return send[*WellKnownURI](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/well-known-uris/{path}", brandID, string(path)).withQuery(opts))
}

// GetCustomizedWellKnownURI retrieves the customized content of one of a brand's well-known URIs.
//
//okta:operation getBrandWellKnownURI GET /api/v1/brands/{brandId}/well-known-uris/{path}/customized
func (s *BrandsService) GetCustomizedWellKnownURI(ctx context.Context, brandID string, path WellKnownURIPath) (*WellKnownURI, *Response, error) {
	return send[*WellKnownURI](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/well-known-uris/{path}/customized", brandID, string(path)))
}

// ReplaceCustomizedWellKnownURI replaces the customized content of one of a brand's well-known URIs. Each URI
// has its own format rules; see Okta's guide "Customize associated domains".
//
//okta:operation replaceBrandWellKnownURI PUT /api/v1/brands/{brandId}/well-known-uris/{path}/customized
func (s *BrandsService) ReplaceCustomizedWellKnownURI(ctx context.Context, brandID string, path WellKnownURIPath, content *ReplaceWellKnownURIRequest) (*WellKnownURI, *Response, error) {
	return send[*WellKnownURI](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/well-known-uris/{path}/customized", brandID, string(path)).withBody(content))
}

// GetAppleAppSiteAssociation retrieves the apple-app-site-association document Okta serves at
// /.well-known/apple-app-site-association of the client's domain: the brand's customized content, plus the
// authsrv entry Okta adds for Okta Verify. The document belongs to the domain, not to a brand ID: to read a
// custom domain's, point a client at that domain. It needs no credentials.
//
//okta:operation getAppleAppSiteAssociationWellKnownURI GET /.well-known/apple-app-site-association
func (s *BrandsService) GetAppleAppSiteAssociation(ctx context.Context) (*AppleAppSiteAssociation, *Response, error) {
	return send[*AppleAppSiteAssociation](ctx, s.client, newRequest(http.MethodGet, "/.well-known/apple-app-site-association"))
}

// GetAssetLinks retrieves the Digital Asset Links statements Okta serves at /.well-known/assetlinks.json of the
// client's domain, as GetAppleAppSiteAssociation does for Apple's document.
//
//okta:operation getAssetLinksWellKnownURI GET /.well-known/assetlinks.json
func (s *BrandsService) GetAssetLinks(ctx context.Context) ([]AssetLinkStatement, *Response, error) {
	return send[[]AssetLinkStatement](ctx, s.client, newRequest(http.MethodGet, "/.well-known/assetlinks.json"))
}

// GetWebAuthnOrigins retrieves the WebAuthn related origins document Okta serves at /.well-known/webauthn of
// the client's domain, as GetAppleAppSiteAssociation does for Apple's document.
//
//okta:operation getWebAuthnWellKnownURI GET /.well-known/webauthn
func (s *BrandsService) GetWebAuthnOrigins(ctx context.Context) (*WebAuthnOrigins, *Response, error) {
	return send[*WebAuthnOrigins](ctx, s.client, newRequest(http.MethodGet, "/.well-known/webauthn"))
}

// WellKnownURIPath names one of a brand's customizable well-known URIs.
type WellKnownURIPath string

// WellKnownURIPath values.
const (
	WellKnownURIPathAppleAppSiteAssociation WellKnownURIPath = "apple-app-site-association"
	WellKnownURIPathAssetLinks              WellKnownURIPath = "assetlinks.json"
	WellKnownURIPathWebAuthn                WellKnownURIPath = "webauthn"
)

// WellKnownURIsExpand names the well-known URI contents BrandsService.GetWellKnownURIs embeds.
type WellKnownURIsExpand string

// WellKnownURIsExpand values.
const (
	WellKnownURIsExpandAll                     WellKnownURIsExpand = "all"
	WellKnownURIsExpandAppleAppSiteAssociation WellKnownURIsExpand = "apple-app-site-association"
	WellKnownURIsExpandAssetLinks              WellKnownURIsExpand = "assetlinks.json"
	WellKnownURIsExpandWebAuthn                WellKnownURIsExpand = "webauthn"
)

// BrandsGetWellKnownURIsOptions are the parameters of BrandsService.GetWellKnownURIs.
type BrandsGetWellKnownURIsOptions struct {
	// Expand names the contents to embed.
	Expand []WellKnownURIsExpand `url:"expand"`
}

// WellKnownURIExpand names what BrandsService.GetWellKnownURI embeds.
type WellKnownURIExpand string

// WellKnownURIExpand values.
const (
	// WellKnownURIExpandCustomized embeds the customized content alone.
	WellKnownURIExpandCustomized WellKnownURIExpand = "customized"
)

// BrandsGetWellKnownURIOptions are the parameters of BrandsService.GetWellKnownURI.
type BrandsGetWellKnownURIOptions struct {
	// Expand names what to embed.
	Expand []WellKnownURIExpand `url:"expand"`
}

// WellKnownURI is the content of a well-known URI of a brand.
type WellKnownURI struct {
	// Representation is the content as JSON: an object for apple-app-site-association and webauthn, an array of
	// statements for assetlinks.json.
	Representation json.RawMessage `json:"representation,omitzero"`
	// Embedded holds the customized content, with WellKnownURIExpandCustomized.
	Embedded *WellKnownURIEmbedded `json:"_embedded,omitzero"`
	Links    Links                 `json:"_links,omitzero"`
	Extra    Extra                 `json:"-"`
}

// WellKnownURIEmbedded holds the customized content of a well-known URI.
type WellKnownURIEmbedded struct {
	Customized *WellKnownURI `json:"customized,omitzero"`
	Extra      Extra         `json:"-"`
}

// ReplaceRequest returns the body that BrandsService.ReplaceCustomizedWellKnownURI takes for u: its content.
func (u *WellKnownURI) ReplaceRequest() *ReplaceWellKnownURIRequest {
	return &ReplaceWellKnownURIRequest{Representation: u.Representation}
}

// ReplaceWellKnownURIRequest is the body of BrandsService.ReplaceCustomizedWellKnownURI.
type ReplaceWellKnownURIRequest struct {
	// Representation is the new content as JSON (required): an object, or an array for assetlinks.json.
	Representation json.RawMessage `json:"representation,omitzero"`
	Extra          Extra           `json:"-"`
}

// WellKnownURIs is the customized content of each of a brand's well-known URIs.
type WellKnownURIs struct {
	// Embedded holds the contents that the options' Expand named.
	Embedded *WellKnownURIsEmbedded `json:"_embedded,omitzero"`
	Links    Links                  `json:"_links,omitzero"`
	Extra    Extra                  `json:"-"`
}

// WellKnownURIsEmbedded holds the customized content of each well-known URI, by path.
type WellKnownURIsEmbedded struct {
	AppleAppSiteAssociation *WellKnownURIEmbedded `json:"apple-app-site-association,omitzero"`
	AssetLinks              *WellKnownURIEmbedded `json:"assetlinks.json,omitzero"`
	WebAuthn                *WellKnownURIEmbedded `json:"webauthn,omitzero"`
	Extra                   Extra                 `json:"-"`
}

// AppleAppSiteAssociation is an apple-app-site-association document: the apps associated with a domain, for
// universal links, shared web credentials and App Clips. Okta's authsrv entry, and any member Apple adds, are
// kept in Extra.
type AppleAppSiteAssociation struct {
	AppLinks       *AppleAppLinks `json:"applinks,omitzero"`
	WebCredentials *AppleAppIDs   `json:"webcredentials,omitzero"`
	AppClips       *AppleAppIDs   `json:"appclips,omitzero"`
	Extra          Extra          `json:"-"`
}

// AppleAppLinks are the universal links of an apple-app-site-association document.
type AppleAppLinks struct {
	Apps    []string              `json:"apps,omitzero"`
	Details []AppleAppLinksDetail `json:"details,omitzero"`
	Extra   Extra                 `json:"-"`
}

// AppleAppLinksDetail associates apps with paths of the domain. Its components are kept in Extra.
type AppleAppLinksDetail struct {
	AppID  string   `json:"appID,omitzero"`
	AppIDs []string `json:"appIDs,omitzero"`
	Paths  []string `json:"paths,omitzero"`
	Extra  Extra    `json:"-"`
}

// AppleAppIDs lists the apps (team ID and bundle ID) of a service of an apple-app-site-association document.
type AppleAppIDs struct {
	Apps  []string `json:"apps,omitzero"`
	Extra Extra    `json:"-"`
}

// AssetLinkStatement is a statement of an assetlinks.json document: a relation between the domain and a target
// app or site.
type AssetLinkStatement struct {
	// Relation lists the relations granted ("delegate_permission/common.handle_all_urls").
	Relation []string         `json:"relation,omitzero"`
	Target   *AssetLinkTarget `json:"target,omitzero"`
	Extra    Extra            `json:"-"`
}

// AssetLinkTarget is the target of an asset link statement: an Android app (namespace "android_app") or a
// site (namespace "web").
type AssetLinkTarget struct {
	Namespace              string   `json:"namespace,omitzero"`
	PackageName            string   `json:"package_name,omitzero"`
	SHA256CertFingerprints []string `json:"sha256_cert_fingerprints,omitzero"`
	Site                   string   `json:"site,omitzero"`
	Extra                  Extra    `json:"-"`
}

// WebAuthnOrigins is the document at /.well-known/webauthn: the origins that may use the domain as their
// WebAuthn relying party ID.
type WebAuthnOrigins struct {
	Origins []string `json:"origins,omitzero"`
	Extra   Extra    `json:"-"`
}
