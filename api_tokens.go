package okta

import (
	"context"
	"net/http"
	"time"
)

// APITokensService reads, changes and revokes the org's API tokens (their metadata; a token's secret is shown only
// once, when an admin creates it in the Admin Console). Reach it as client.APITokens.
type APITokensService service

// List returns one page of the metadata of the org's active API tokens. Pass resp.After back in opts.After to
// fetch the next page, or use ListIter.
//
//okta:operation listApiTokens GET /api/v1/api-tokens
func (s *APITokensService) List(ctx context.Context, opts *APITokensListOptions) ([]APIToken, *Response, error) {
	return send[[]APIToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/api-tokens").withQuery(opts))
}

// ListIter returns an iterator over the metadata of all the active API tokens that match opts, fetching pages
// as it goes.
func (s *APITokensService) ListIter(ctx context.Context, opts *APITokensListOptions) *Iterator[APIToken] {
	return newIterator[APIToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/api-tokens").withQuery(opts))
}

// RevokeCurrent revokes the API token the client authenticates with. Every later call with it fails, so do
// this last.
//
//okta:operation revokeCurrentApiToken DELETE /api/v1/api-tokens/current
func (s *APITokensService) RevokeCurrent(ctx context.Context) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/api-tokens/current"))
}

// Get retrieves the metadata of an active API token by ID.
//
//okta:operation getApiToken GET /api/v1/api-tokens/{apiTokenId}
func (s *APITokensService) Get(ctx context.Context, apiTokenID string) (*APIToken, *Response, error) {
	return send[*APIToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/api-tokens/{apiTokenId}", apiTokenID))
}

// Replace replaces the name and the network condition (the zones the token may be used from) of an API token
// and returns the token. Get the token, change it and pass token.ReplaceRequest(). Okta names the operation an
// upsert of the network condition; by the API rules a PUT that creates or replaces is Replace.
//
//okta:operation upsertApiToken PUT /api/v1/api-tokens/{apiTokenId}
func (s *APITokensService) Replace(ctx context.Context, apiTokenID string, token *ReplaceAPITokenRequest) (*APIToken, *Response, error) {
	return send[*APIToken](ctx, s.client, newRequest(http.MethodPut, "/api/v1/api-tokens/{apiTokenId}", apiTokenID).withBody(token))
}

// Revoke revokes an API token by ID.
//
//okta:operation revokeApiToken DELETE /api/v1/api-tokens/{apiTokenId}
func (s *APITokensService) Revoke(ctx context.Context, apiTokenID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/api-tokens/{apiTokenId}", apiTokenID))
}

// APITokensListOptions are the parameters of APITokensService.List.
type APITokensListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Q finds the tokens whose name or client name matches Q.
	Q string `url:"q"`
}

// APIToken is the metadata of an API token: whose it is and how long it lives. A token acts with all the
// permissions of the admin who created it.
//
// The API description names its links "_link"; Okta sends "_links", which Links holds.
type APIToken struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// UserID is the ID of the admin who created the token.
	UserID     string `json:"userId,omitzero"`
	ClientName string `json:"clientName,omitzero"`
	// TokenWindow is how long the token lives unused before it expires, an ISO 8601 duration such as "P30D".
	TokenWindow TimeDuration `json:"tokenWindow,omitzero"`
	// Network restricts where the token can be used from. It is not in the 5.1.0 API description; Okta sends it.
	Network     *APITokenNetwork `json:"network,omitzero"`
	Created     time.Time        `json:"created,omitzero"`
	LastUpdated time.Time        `json:"lastUpdated,omitzero"`
	// ExpiresAt is when the token expires if it stays unused.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	Links     Links     `json:"_links,omitzero"`
	Extra     Extra     `json:"-"`
}

// ReplaceAPITokenRequest is the body of APITokensService.Replace: what of an API token can be changed.
type ReplaceAPITokenRequest struct {
	Name string `json:"name,omitzero"`
	// UserID is the ID of the admin who created the token.
	UserID  string           `json:"userId,omitzero"`
	Network *APITokenNetwork `json:"network,omitzero"`
	// ClientName and Created are read-only: Okta keeps the token's own. Okta's API description lists them in the
	// body, and its example (like Okta's Terraform provider) sends back what Get returned. ReplaceRequest leaves
	// them out; they are sent only when set.
	ClientName string    `json:"clientName,omitzero"`
	Created    time.Time `json:"created,omitzero"`
	Extra      Extra     `json:"-"`
}

// ReplaceRequest returns the body that APITokensService.Replace takes for t: its name, user and network
// condition. The read-only members (ID, timestamps, client name, token window, links) are left out.
func (t *APIToken) ReplaceRequest() *ReplaceAPITokenRequest {
	return &ReplaceAPITokenRequest{Name: t.Name, UserID: t.UserID, Network: t.Network}
}

// APITokenNetwork restricts the network zones an API token can be used from.
type APITokenNetwork struct {
	// Connection is ANYWHERE, or ZONE to allow only the network zones in Include and not in Exclude.
	Connection string   `json:"connection,omitzero"`
	Include    []string `json:"include,omitzero"`
	Exclude    []string `json:"exclude,omitzero"`
	Extra      Extra    `json:"-"`
}

// TimeDuration is a duration written in ISO 8601, such as "P30D" or "PT5M".
type TimeDuration string
