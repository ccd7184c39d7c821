package okta

import (
	"context"
	"net/http"
)

// Replace replaces a realm's profile with realm.Profile (PUT, the way Okta's current API changes a realm);
// what Get returns can be changed and passed back.
//
//okta:operation replaceRealm PUT /api/v1/realms/{realmId}
func (s *RealmsService) Replace(ctx context.Context, realmID string, realm *Realm) (*Realm, *Response, error) {
	return send[*Realm](ctx, s.client, newRequest(http.MethodPut, "/api/v1/realms/{realmId}", realmID).withBody(realm))
}
