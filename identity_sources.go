package okta

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"
)

// IdentitySourcesService imports users from a custom identity source into Okta in bulk. An import runs in a
// session: create one (CreateSession), upload the users to create or update (UploadDataForUpsert) and to
// delete (UploadDataForDelete), then start the import (StartImport) and follow the session's status. Reach
// it as client.IdentitySources.
type IdentitySourcesService service

// ListSessions returns the import sessions of an identity source. The list is not paginated.
//
//okta:operation listIdentitySourceSessions GET /api/v1/identity-sources/{identitySourceId}/sessions
func (s *IdentitySourcesService) ListSessions(ctx context.Context, identitySourceID string) ([]IdentitySourceSession, *Response, error) {
	return send[[]IdentitySourceSession](ctx, s.client, newRequest(http.MethodGet, "/api/v1/identity-sources/{identitySourceId}/sessions", identitySourceID))
}

// CreateSession creates an import session for an identity source and returns it, in status CREATED.
//
// The 5.1.0 API description gives no usable schema for the answer (an object with "items") and shows a list
// as its example; Okta answers with the session itself (201 Created). Both are accepted: from a list, the
// first session is returned.
//
//okta:operation createIdentitySourceSession POST /api/v1/identity-sources/{identitySourceId}/sessions
func (s *IdentitySourcesService) CreateSession(ctx context.Context, identitySourceID string) (*IdentitySourceSession, *Response, error) {
	return sendIdentitySourceSession(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions", identitySourceID))
}

// GetSession retrieves an import session of an identity source. Okta answers with the session, as the 5.1.0
// API description says; its example shows a list of one, which is accepted too.
//
//okta:operation getIdentitySourceSession GET /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}
func (s *IdentitySourcesService) GetSession(ctx context.Context, identitySourceID, sessionID string) (*IdentitySourceSession, *Response, error) {
	return sendIdentitySourceSession(ctx, s.client, newRequest(http.MethodGet, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}", identitySourceID, sessionID))
}

// DeleteSession deletes an import session of an identity source.
//
//okta:operation deleteIdentitySourceSession DELETE /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}
func (s *IdentitySourcesService) DeleteSession(ctx context.Context, identitySourceID, sessionID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}", identitySourceID, sessionID))
}

// UploadDataForDelete uploads to an import session the external IDs of users that the import deletes from
// Okta. Okta accepts the upload (202 Accepted) and processes it when the import starts.
//
//okta:operation uploadIdentitySourceDataForDelete POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-delete
func (s *IdentitySourcesService) UploadDataForDelete(ctx context.Context, identitySourceID, sessionID string, data *BulkDeleteRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-delete", identitySourceID, sessionID).withBody(data))
}

// UploadDataForUpsert uploads to an import session the users that the import creates in Okta or updates.
// Okta accepts the upload (202 Accepted) and processes it when the import starts.
//
//okta:operation uploadIdentitySourceDataForUpsert POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-upsert
func (s *IdentitySourcesService) UploadDataForUpsert(ctx context.Context, identitySourceID, sessionID string, data *BulkUpsertRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-upsert", identitySourceID, sessionID).withBody(data))
}

// StartImport starts importing the data uploaded to an import session and returns the session, now
// TRIGGERED. No more data can be uploaded to it.
//
// As for CreateSession, the 5.1.0 API description gives no usable schema for the answer and shows a list as
// its example: a session or a list of sessions is accepted, and from a list the first session is returned.
//
//okta:operation startImportFromIdentitySource POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/start-import
func (s *IdentitySourcesService) StartImport(ctx context.Context, identitySourceID, sessionID string) (*IdentitySourceSession, *Response, error) {
	return sendIdentitySourceSession(ctx, s.client, newRequest(http.MethodPost, "/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/start-import", identitySourceID, sessionID))
}

// sendIdentitySourceSession performs r and decodes its answer, one session or a list of them, into a session.
func sendIdentitySourceSession(ctx context.Context, c *Client, r *request) (*IdentitySourceSession, *Response, error) {
	raw, resp, err := send[[]byte](ctx, c, r)
	raw = bytes.TrimSpace(raw)
	if err != nil || len(raw) == 0 {
		return nil, resp, err
	}
	if raw[0] == '[' {
		var sessions []IdentitySourceSession
		if err := decodeJSON(raw, &sessions); err != nil {
			return nil, resp, fmt.Errorf("okta: decoding the identity source sessions: %w", err)
		}
		if len(sessions) == 0 {
			return nil, resp, nil
		}
		return &sessions[0], resp, nil
	}
	var session IdentitySourceSession
	if err := decodeJSON(raw, &session); err != nil {
		return nil, resp, fmt.Errorf("okta: decoding the identity source session: %w", err)
	}
	return &session, resp, nil
}

// IdentitySourceSessionStatus is the state of an import session.
type IdentitySourceSessionStatus string

// IdentitySourceSessionStatus values. Okta may send others; they decode as they are.
const (
	IdentitySourceSessionStatusClosed     IdentitySourceSessionStatus = "CLOSED"
	IdentitySourceSessionStatusCompleted  IdentitySourceSessionStatus = "COMPLETED"
	IdentitySourceSessionStatusCreated    IdentitySourceSessionStatus = "CREATED"
	IdentitySourceSessionStatusError      IdentitySourceSessionStatus = "ERROR"
	IdentitySourceSessionStatusExpired    IdentitySourceSessionStatus = "EXPIRED"
	IdentitySourceSessionStatusInProgress IdentitySourceSessionStatus = "IN_PROGRESS"
	IdentitySourceSessionStatusTriggered  IdentitySourceSessionStatus = "TRIGGERED"
)

// IdentitySourceSession is an import session of an identity source.
type IdentitySourceSession struct {
	ID               string                      `json:"id,omitzero"`
	IdentitySourceID string                      `json:"identitySourceId,omitzero"`
	Status           IdentitySourceSessionStatus `json:"status,omitzero"`
	// ImportType is the kind of import, such as "INCREMENTAL".
	ImportType  string    `json:"importType,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Extra       Extra     `json:"-"`
}

// IdentitySourceEntityType is the kind of entities a bulk upload to an identity source session holds.
type IdentitySourceEntityType string

// IdentitySourceEntityType values. Okta may add others; they decode as they are.
const (
	// IdentitySourceEntityTypeUsers is users, the only kind Okta takes in bulk uploads so far.
	IdentitySourceEntityTypeUsers IdentitySourceEntityType = "USERS"
)

// BulkDeleteRequest is the body of IdentitySourcesService.UploadDataForDelete.
type BulkDeleteRequest struct {
	// EntityType is the kind of entities to delete: IdentitySourceEntityTypeUsers.
	EntityType IdentitySourceEntityType             `json:"entityType,omitzero"`
	Profiles   []IdentitySourceUserProfileForDelete `json:"profiles,omitzero"`
	Extra      Extra                                `json:"-"`
}

// IdentitySourceUserProfileForDelete names a user to delete by its ID in the identity source.
type IdentitySourceUserProfileForDelete struct {
	ExternalID string `json:"externalId,omitzero"`
	Extra      Extra  `json:"-"`
}

// BulkUpsertRequest is the body of IdentitySourcesService.UploadDataForUpsert.
type BulkUpsertRequest struct {
	// EntityType is the kind of entities to create or update: IdentitySourceEntityTypeUsers.
	EntityType IdentitySourceEntityType `json:"entityType,omitzero"`
	Profiles   []BulkUpsertProfile      `json:"profiles,omitzero"`
	Extra      Extra                    `json:"-"`
}

// BulkUpsertProfile is one user to create or update: its ID in the identity source and its
// profile. The 5.1.0 API description lists the bare profiles as the items of "profiles"; Okta's API
// reference documents each wrapped like this, with the user's external ID beside it, and without the ID Okta
// could not match the user.
type BulkUpsertProfile struct {
	ExternalID string                              `json:"externalId,omitzero"`
	Profile    *IdentitySourceUserProfileForUpsert `json:"profile,omitzero"`
	Extra      Extra                               `json:"-"`
}

// IdentitySourceUserProfileForUpsert is the profile of a user to create or update. Custom attributes of the
// user profile go in Extra (Extra.Set), as do nulls that clear a standard attribute.
type IdentitySourceUserProfileForUpsert struct {
	UserName    string `json:"userName,omitzero"`
	Email       string `json:"email,omitzero"`
	SecondEmail string `json:"secondEmail,omitzero"`
	FirstName   string `json:"firstName,omitzero"`
	LastName    string `json:"lastName,omitzero"`
	MobilePhone string `json:"mobilePhone,omitzero"`
	HomeAddress string `json:"homeAddress,omitzero"`
	Extra       Extra  `json:"-"`
}
