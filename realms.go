package okta

import (
	"context"
	"net/http"
	"time"
)

// RealmsService manages realms: partitions of the org's users, each with its own administrators and
// settings. A user belongs to one realm (User.RealmID); every org has a default realm. Reach it as
// client.Realms.
type RealmsService service

// List returns one page of realms. Pass resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listRealms GET /api/v1/realms
func (s *RealmsService) List(ctx context.Context, opts *RealmsListOptions) ([]Realm, *Response, error) {
	return send[[]Realm](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realms").withQuery(opts))
}

// ListIter returns an iterator over all realms that match opts, fetching pages as it goes.
func (s *RealmsService) ListIter(ctx context.Context, opts *RealmsListOptions) *Iterator[Realm] {
	return newIterator[Realm](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realms").withQuery(opts))
}

// Create creates a realm with realm.Profile.
//
//okta:operation createRealm POST /api/v1/realms
func (s *RealmsService) Create(ctx context.Context, realm *Realm) (*Realm, *Response, error) {
	return send[*Realm](ctx, s.client, newRequest(http.MethodPost, "/api/v1/realms").withBody(realm))
}

// Get retrieves a realm by ID.
//
//okta:operation getRealm GET /api/v1/realms/{realmId}
func (s *RealmsService) Get(ctx context.Context, realmID string) (*Realm, *Response, error) {
	return send[*Realm](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realms/{realmId}", realmID))
}

// Update changes a realm's profile to realm.Profile, with a POST as the 5.1.0 API description says. In the
// recorded traffic Okta answered this POST with 405 (E0000022, "The endpoint does not support the provided
// HTTP method"): later versions of the API replace a realm with a PUT instead, which 5.1.0 does not describe.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it. Replace changes a realm the current way.
//
//okta:operation updateRealm POST /api/v1/realms/{realmId}
func (s *RealmsService) Update(ctx context.Context, realmID string, realm *Realm) (*Realm, *Response, error) {
	return send[*Realm](ctx, s.client, newRequest(http.MethodPost, "/api/v1/realms/{realmId}", realmID).withBody(realm))
}

// Delete deletes a realm for good. Okta refuses while users or identity providers are still in it: move them
// to another realm first.
//
//okta:operation deleteRealm DELETE /api/v1/realms/{realmId}
func (s *RealmsService) Delete(ctx context.Context, realmID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/realms/{realmId}", realmID))
}

// RealmsListOptions are the parameters of RealmsService.List.
type RealmsListOptions struct {
	// Limit is the page size (Okta's default is 200, or 10 with Search).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Search is a search expression on the realm's properties, e.g. `profile.name sw "West"`.
	Search string `url:"search"`
	// SortBy names the property to sort by, such as "profile.name".
	SortBy string `url:"sortBy"`
	// SortOrder is "asc" (the default) or "desc"; it applies with SortBy.
	SortOrder SortOrder `url:"sortOrder"`
}

// Realm is a realm.
type Realm struct {
	ID      string        `json:"id,omitzero"`
	Profile *RealmProfile `json:"profile,omitzero"`
	// IsDefault is true for the org's default realm.
	IsDefault   bool      `json:"isDefault,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}

// RealmProfile is the profile of a realm.
type RealmProfile struct {
	Name string `json:"name,omitzero"`
	// Domains is not in the 5.1.0 API description; Okta sends it (empty in the recorded traffic).
	Domains []string `json:"domains,omitzero"`
	// RealmType is the kind of realm; PARTNER gives its users Okta's external partner portal.
	RealmType RealmType `json:"realmType,omitzero"`
	Extra     Extra     `json:"-"`
}

// RealmType is the kind of a realm.
type RealmType string

// RealmType values.
const (
	// RealmTypeDefault is an ordinary realm.
	RealmTypeDefault RealmType = "DEFAULT"
	// RealmTypePartner is a realm of partner users, with Okta's external partner portal.
	RealmTypePartner RealmType = "PARTNER"
)
