package okta

import (
	"context"
	"net/http"
	"time"
)

// SessionsService manages Okta sessions: creating one from a session token, reading, refreshing and revoking
// it. The sessions of one user are ended with UsersService.RevokeSessions. Reach it as client.Sessions.
type SessionsService service

// Create creates a session for the user who obtained the session token req.SessionToken (from the Authentication
// API), for an application that sets the session cookie itself or wants the session ID to end the session
// later. A session token can be used once.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation createSession POST /api/v1/sessions
func (s *SessionsService) Create(ctx context.Context, req *CreateSessionRequest) (*Session, *Response, error) {
	return send[*Session](ctx, s.client, newRequest(http.MethodPost, "/api/v1/sessions").withBody(req))
}

// Get retrieves a session by ID. An expired or revoked session is not found (E0000007).
//
//okta:operation getSession GET /api/v1/sessions/{sessionId}
func (s *SessionsService) Get(ctx context.Context, sessionID string) (*Session, *Response, error) {
	return send[*Session](ctx, s.client, newRequest(http.MethodGet, "/api/v1/sessions/{sessionId}", sessionID))
}

// Revoke ends a session: the user is signed out of Okta.
//
//okta:operation revokeSession DELETE /api/v1/sessions/{sessionId}
func (s *SessionsService) Revoke(ctx context.Context, sessionID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/sessions/{sessionId}", sessionID))
}

// Refresh extends a session's lifetime as if the user were active now, and returns the session with its new
// ExpiresAt.
//
//okta:operation refreshSession POST /api/v1/sessions/{sessionId}/lifecycle/refresh
func (s *SessionsService) Refresh(ctx context.Context, sessionID string) (*Session, *Response, error) {
	return send[*Session](ctx, s.client, newRequest(http.MethodPost, "/api/v1/sessions/{sessionId}/lifecycle/refresh", sessionID))
}

// CreateSessionRequest is the session token a session is created from.
type CreateSessionRequest struct {
	// SessionToken is the one-time token the Authentication API returned for the user.
	SessionToken string `json:"sessionToken,omitzero"`
	Extra        Extra  `json:"-"`
}

// Session is an Okta session: a user signed in to Okta.
type Session struct {
	ID     string        `json:"id,omitzero"`
	UserID string        `json:"userId,omitzero"`
	Login  string        `json:"login,omitzero"`
	Status SessionStatus `json:"status,omitzero"`
	// Amr are the authentication methods the user used (the amr claim of RFC 8176).
	Amr       []SessionAuthenticationMethod `json:"amr,omitzero"`
	CreatedAt time.Time                     `json:"createdAt,omitzero"`
	ExpiresAt time.Time                     `json:"expiresAt,omitzero"`
	// LastPasswordVerification and LastFactorVerification are when the user last verified their password and
	// a second factor.
	LastPasswordVerification time.Time `json:"lastPasswordVerification,omitzero"`
	LastFactorVerification   time.Time `json:"lastFactorVerification,omitzero"`
	// IdP is the identity provider that authenticated the user.
	IdP   *SessionIdentityProvider `json:"idp,omitzero"`
	Links Links                    `json:"_links,omitzero"`
	Extra Extra                    `json:"-"`
}

// SessionStatus is the state of a session.
type SessionStatus string

// SessionStatus values.
const (
	// SessionStatusActive is a session established and fully validated.
	SessionStatusActive SessionStatus = "ACTIVE"
	// SessionStatusMFAEnroll is a session whose user must enroll a second factor.
	SessionStatusMFAEnroll SessionStatus = "MFA_ENROLL"
	// SessionStatusMFARequired is a session that requires a second factor verification.
	SessionStatusMFARequired SessionStatus = "MFA_REQUIRED"
)

// SessionAuthenticationMethod is an authentication method reference (RFC 8176) of a session.
type SessionAuthenticationMethod string

// SessionAuthenticationMethod values.
const (
	SessionAuthenticationMethodFingerprint    SessionAuthenticationMethod = "fpt"
	SessionAuthenticationMethodGeolocation    SessionAuthenticationMethod = "geo"
	SessionAuthenticationMethodHardwareKey    SessionAuthenticationMethod = "hwk"
	SessionAuthenticationMethodKnowledgeBased SessionAuthenticationMethod = "kba"
	SessionAuthenticationMethodMultiChannel   SessionAuthenticationMethod = "mca"
	SessionAuthenticationMethodMultiFactor    SessionAuthenticationMethod = "mfa"
	SessionAuthenticationMethodOneTimePass    SessionAuthenticationMethod = "otp"
	SessionAuthenticationMethodPassword       SessionAuthenticationMethod = "pwd"
	SessionAuthenticationMethodSmartCard      SessionAuthenticationMethod = "sc"
	SessionAuthenticationMethodSMS            SessionAuthenticationMethod = "sms"
	SessionAuthenticationMethodSoftwareKey    SessionAuthenticationMethod = "swk"
	SessionAuthenticationMethodTelephone      SessionAuthenticationMethod = "tel"
)

// SessionIdentityProvider is the identity provider that authenticated a session's user.
type SessionIdentityProvider struct {
	// ID is the identity provider's ID; for OKTA, the org's ID.
	ID    string                      `json:"id,omitzero"`
	Type  SessionIdentityProviderType `json:"type,omitzero"`
	Extra Extra                       `json:"-"`
}

// SessionIdentityProviderType is the kind of identity provider that authenticated a session's user.
type SessionIdentityProviderType string

// SessionIdentityProviderType values.
const (
	SessionIdentityProviderTypeActiveDirectory SessionIdentityProviderType = "ACTIVE_DIRECTORY"
	SessionIdentityProviderTypeFederation      SessionIdentityProviderType = "FEDERATION"
	SessionIdentityProviderTypeLDAP            SessionIdentityProviderType = "LDAP"
	SessionIdentityProviderTypeOkta            SessionIdentityProviderType = "OKTA"
	SessionIdentityProviderTypeSocial          SessionIdentityProviderType = "SOCIAL"
)
