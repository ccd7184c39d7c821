package okta

import (
	"context"
	"net/http"
	"time"
)

// TrustedOriginsService manages trusted origins: the web origins Okta accepts cross-origin requests (CORS)
// from, redirects to after sign-in or sign-out, and lets embed its pages in an iframe. Reach it as
// client.TrustedOrigins.
type TrustedOriginsService service

// List returns one page of trusted origins. Pass resp.After back in opts.After to fetch the next page, or use
// ListIter.
//
//okta:operation listTrustedOrigins GET /api/v1/trustedOrigins
func (s *TrustedOriginsService) List(ctx context.Context, opts *TrustedOriginsListOptions) ([]TrustedOrigin, *Response, error) {
	return send[[]TrustedOrigin](ctx, s.client, newRequest(http.MethodGet, "/api/v1/trustedOrigins").withQuery(opts))
}

// ListIter returns an iterator over all trusted origins that match opts, fetching pages as it goes.
func (s *TrustedOriginsService) ListIter(ctx context.Context, opts *TrustedOriginsListOptions) *Iterator[TrustedOrigin] {
	return newIterator[TrustedOrigin](ctx, s.client, newRequest(http.MethodGet, "/api/v1/trustedOrigins").withQuery(opts))
}

// Create creates a trusted origin: its Name, its Origin (scheme, host and port) and the Scopes it is trusted
// for. The new origin is ACTIVE.
//
//okta:operation createTrustedOrigin POST /api/v1/trustedOrigins
func (s *TrustedOriginsService) Create(ctx context.Context, origin *TrustedOrigin) (*TrustedOrigin, *Response, error) {
	return send[*TrustedOrigin](ctx, s.client, newRequest(http.MethodPost, "/api/v1/trustedOrigins").withBody(origin))
}

// Get retrieves a trusted origin by ID.
//
//okta:operation getTrustedOrigin GET /api/v1/trustedOrigins/{trustedOriginId}
func (s *TrustedOriginsService) Get(ctx context.Context, trustedOriginID string) (*TrustedOrigin, *Response, error) {
	return send[*TrustedOrigin](ctx, s.client, newRequest(http.MethodGet, "/api/v1/trustedOrigins/{trustedOriginId}", trustedOriginID))
}

// Replace replaces a trusted origin's name, origin and scopes with those of origin.
//
//okta:operation replaceTrustedOrigin PUT /api/v1/trustedOrigins/{trustedOriginId}
func (s *TrustedOriginsService) Replace(ctx context.Context, trustedOriginID string, origin *TrustedOrigin) (*TrustedOrigin, *Response, error) {
	return send[*TrustedOrigin](ctx, s.client, newRequest(http.MethodPut, "/api/v1/trustedOrigins/{trustedOriginId}", trustedOriginID).withBody(origin))
}

// Delete deletes a trusted origin.
//
//okta:operation deleteTrustedOrigin DELETE /api/v1/trustedOrigins/{trustedOriginId}
func (s *TrustedOriginsService) Delete(ctx context.Context, trustedOriginID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/trustedOrigins/{trustedOriginId}", trustedOriginID))
}

// Activate activates a trusted origin and returns it.
//
//okta:operation activateTrustedOrigin POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate
func (s *TrustedOriginsService) Activate(ctx context.Context, trustedOriginID string) (*TrustedOrigin, *Response, error) {
	return send[*TrustedOrigin](ctx, s.client, newRequest(http.MethodPost, "/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate", trustedOriginID))
}

// Deactivate deactivates a trusted origin, which Okta then no longer trusts, and returns it.
//
//okta:operation deactivateTrustedOrigin POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate
func (s *TrustedOriginsService) Deactivate(ctx context.Context, trustedOriginID string) (*TrustedOrigin, *Response, error) {
	return send[*TrustedOrigin](ctx, s.client, newRequest(http.MethodPost, "/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate", trustedOriginID))
}

// TrustedOriginsListOptions are the parameters of TrustedOriginsService.List.
type TrustedOriginsListOptions struct {
	// Q finds trusted origins whose name or origin starts with Q.
	Q string `url:"q"`
	// Filter is a filter expression on name, origin or status, e.g. `status eq "ACTIVE"`.
	Filter string `url:"filter"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default, -1, is no limit).
	Limit int `url:"limit"`
}

// TrustedOriginScopeType is what Okta trusts an origin for.
type TrustedOriginScopeType string

// TrustedOriginScopeType values.
const (
	// TrustedOriginScopeTypeCORS allows cross-origin requests from the origin.
	TrustedOriginScopeTypeCORS TrustedOriginScopeType = "CORS"
	// TrustedOriginScopeTypeIframeEmbed allows the origin to embed Okta's sign-in pages in an iframe.
	TrustedOriginScopeTypeIframeEmbed TrustedOriginScopeType = "IFRAME_EMBED"
	// TrustedOriginScopeTypeRedirect allows redirects to the origin after sign-in and sign-out.
	TrustedOriginScopeTypeRedirect TrustedOriginScopeType = "REDIRECT"
)

// IframeEmbedScopeAllowedApps is an Okta app that an IFRAME_EMBED trusted origin may embed.
type IframeEmbedScopeAllowedApps string

// IframeEmbedScopeAllowedApps values.
const (
	// IframeEmbedScopeAllowedAppsOktaEndUser is the End-User Dashboard.
	IframeEmbedScopeAllowedAppsOktaEndUser IframeEmbedScopeAllowedApps = "OKTA_ENDUSER"
)

// TrustedOrigin is a trusted origin.
type TrustedOrigin struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Origin is the origin's scheme, host and port, such as "https://example.com".
	Origin string               `json:"origin,omitzero"`
	Scopes []TrustedOriginScope `json:"scopes,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      LifecycleStatus `json:"status,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	CreatedBy   string          `json:"createdBy,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	// LastUpdatedBy is the ID of the user or client that last changed the origin.
	LastUpdatedBy string `json:"lastUpdatedBy,omitzero"`
	Links         Links  `json:"_links,omitzero"`
	Extra         Extra  `json:"-"`
}

// TrustedOriginScope is one thing a trusted origin is trusted for.
type TrustedOriginScope struct {
	Type TrustedOriginScopeType `json:"type,omitzero"`
	// AllowedOktaApps are, for IFRAME_EMBED, the Okta apps the origin may embed; none means only the sign-in
	// widget.
	AllowedOktaApps []IframeEmbedScopeAllowedApps `json:"allowedOktaApps,omitzero"`
	Extra           Extra                         `json:"-"`
}
