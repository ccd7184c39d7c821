package okta

import (
	"context"
	"net/http"
	"time"
)

// PrincipalRateLimitsService manages principal rate limits: the share of the org's rate limits that one
// principal, such as an API token, may use. Reach it as client.PrincipalRateLimits.
type PrincipalRateLimitsService service

// List returns one page of the principal rate limits that match opts. Okta requires a filter
// (`principalType eq "SSWS_TOKEN"` or `principalId eq "..."`) and answers E0000001 without one. Pass
// resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listPrincipalRateLimitEntities GET /api/v1/principal-rate-limits
func (s *PrincipalRateLimitsService) List(ctx context.Context, opts *PrincipalRateLimitsListOptions) ([]PrincipalRateLimitEntity, *Response, error) {
	return send[[]PrincipalRateLimitEntity](ctx, s.client, newRequest(http.MethodGet, "/api/v1/principal-rate-limits").withQuery(opts))
}

// ListIter returns an iterator over all the principal rate limits that match opts, fetching pages as it goes.
func (s *PrincipalRateLimitsService) ListIter(ctx context.Context, opts *PrincipalRateLimitsListOptions) *Iterator[PrincipalRateLimitEntity] {
	return newIterator[PrincipalRateLimitEntity](ctx, s.client, newRequest(http.MethodGet, "/api/v1/principal-rate-limits").withQuery(opts))
}

// Create creates the rate limit of a principal. Okta allows one per principal: for a principal that has one
// already, it answers E0000001 (Api validation failed: principalRateLimitMediated); use Replace.
//
//okta:operation createPrincipalRateLimitEntity POST /api/v1/principal-rate-limits
func (s *PrincipalRateLimitsService) Create(ctx context.Context, limit *PrincipalRateLimitEntity) (*PrincipalRateLimitEntity, *Response, error) {
	return send[*PrincipalRateLimitEntity](ctx, s.client, newRequest(http.MethodPost, "/api/v1/principal-rate-limits").withBody(limit))
}

// Get retrieves a principal rate limit by ID.
//
//okta:operation getPrincipalRateLimitEntity GET /api/v1/principal-rate-limits/{principalRateLimitId}
func (s *PrincipalRateLimitsService) Get(ctx context.Context, principalRateLimitID string) (*PrincipalRateLimitEntity, *Response, error) {
	return send[*PrincipalRateLimitEntity](ctx, s.client, newRequest(http.MethodGet, "/api/v1/principal-rate-limits/{principalRateLimitId}", principalRateLimitID))
}

// Replace replaces a principal rate limit with limit: its principal and percentages.
//
//okta:operation replacePrincipalRateLimitEntity PUT /api/v1/principal-rate-limits/{principalRateLimitId}
func (s *PrincipalRateLimitsService) Replace(ctx context.Context, principalRateLimitID string, limit *PrincipalRateLimitEntity) (*PrincipalRateLimitEntity, *Response, error) {
	return send[*PrincipalRateLimitEntity](ctx, s.client, newRequest(http.MethodPut, "/api/v1/principal-rate-limits/{principalRateLimitId}", principalRateLimitID).withBody(limit))
}

// PrincipalRateLimitsListOptions are the parameters of PrincipalRateLimitsService.List.
type PrincipalRateLimitsListOptions struct {
	// Filter selects the rate limits, by principalType or principalId, e.g. `principalType eq "SSWS_TOKEN"`.
	// Okta requires it.
	Filter string `url:"filter"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 50).
	Limit int `url:"limit"`
}

// PrincipalRateLimitEntity is the rate limit of a principal: the percentages of the org's rate limits, and
// of its concurrency limit, that the principal may use.
type PrincipalRateLimitEntity struct {
	ID            string        `json:"id,omitzero"`
	OrgID         string        `json:"orgId,omitzero"`
	PrincipalID   string        `json:"principalId,omitzero"`
	PrincipalType PrincipalType `json:"principalType,omitzero"`
	// DefaultPercentage is the percentage of each rate limit the principal may use.
	DefaultPercentage *int `json:"defaultPercentage,omitzero"`
	// DefaultConcurrencyPercentage is the percentage of the concurrency limit the principal may use.
	DefaultConcurrencyPercentage *int      `json:"defaultConcurrencyPercentage,omitzero"`
	CreatedBy                    string    `json:"createdBy,omitzero"`
	CreatedDate                  time.Time `json:"createdDate,omitzero"`
	LastUpdatedBy                string    `json:"lastUpdatedBy,omitzero"`
	LastUpdate                   time.Time `json:"lastUpdate,omitzero"`
	Extra                        Extra     `json:"-"`
}

// PrincipalType is the kind of principal a rate limit applies to.
type PrincipalType string

// PrincipalType values.
const (
	PrincipalTypeSSWSToken   PrincipalType = "SSWS_TOKEN"
	PrincipalTypeOAuthClient PrincipalType = "OAUTH_CLIENT"
)
