package okta

import (
	"context"
	"net/http"
	"time"
)

// This file holds a user's authenticator enrollments (Identity Engine): the authenticators a user enrolled, and
// the phone and temporary access code (TAC) enrollments an admin creates for them, active at once.

// ListAuthenticatorEnrollments returns a user's authenticator enrollments. The list is not paginated. Phone
// numbers are masked unless opts.DiscloseIdentifiers asks for them.
//
// The API description gives the response as one enrollment; Okta answers with a list of them, as its reference
// examples show, and so does this method.
//
//okta:operation listAuthenticatorEnrollments GET /api/v1/users/{userId}/authenticator-enrollments
func (s *UsersService) ListAuthenticatorEnrollments(ctx context.Context, userID string, opts *UsersListAuthenticatorEnrollmentsOptions) ([]AuthenticatorEnrollment, *Response, error) {
	return send[[]AuthenticatorEnrollment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/authenticator-enrollments", userID).withQuery(opts))
}

// CreatePhoneAuthenticatorEnrollment enrolls a phone number for a user in the org's phone authenticator, active
// at once (the user proves nothing).
//
//okta:operation createAuthenticatorEnrollment POST /api/v1/users/{userId}/authenticator-enrollments/phone
func (s *UsersService) CreatePhoneAuthenticatorEnrollment(ctx context.Context, userID string, enrollment *CreatePhoneAuthenticatorEnrollmentRequest) (*AuthenticatorEnrollment, *Response, error) {
	return send[*AuthenticatorEnrollment](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/authenticator-enrollments/phone", userID).withBody(enrollment))
}

// CreateTACAuthenticatorEnrollment issues a temporary access code (TAC) to a user, active at once. The code is
// in the result's Profile.TAC, and only there: Okta never returns it again. Issuing a new code invalidates the
// user's previous one.
//
//okta:operation createTacAuthenticatorEnrollment POST /api/v1/users/{userId}/authenticator-enrollments/tac
func (s *UsersService) CreateTACAuthenticatorEnrollment(ctx context.Context, userID string, enrollment *CreateTACAuthenticatorEnrollmentRequest) (*TACAuthenticatorEnrollment, *Response, error) {
	return send[*TACAuthenticatorEnrollment](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/authenticator-enrollments/tac", userID).withBody(enrollment))
}

// GetAuthenticatorEnrollment retrieves one of a user's authenticator enrollments.
//
//okta:operation getAuthenticatorEnrollment GET /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}
func (s *UsersService) GetAuthenticatorEnrollment(ctx context.Context, userID, enrollmentID string, opts *UsersGetAuthenticatorEnrollmentOptions) (*AuthenticatorEnrollment, *Response, error) {
	return send[*AuthenticatorEnrollment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}", userID, enrollmentID).withQuery(opts))
}

// DeleteAuthenticatorEnrollment deletes one of a user's authenticator enrollments. The user can enroll the
// authenticator again.
//
//okta:operation deleteAuthenticatorEnrollment DELETE /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}
func (s *UsersService) DeleteAuthenticatorEnrollment(ctx context.Context, userID, enrollmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}", userID, enrollmentID))
}

// DisclosedIdentifier is a kind of enrollment identifier that Okta shows in full instead of masked.
type DisclosedIdentifier string

// DisclosedIdentifier values.
const (
	// DisclosedIdentifierPhone shows the phone number of phone enrollments.
	DisclosedIdentifierPhone DisclosedIdentifier = "phone"
)

// UsersListAuthenticatorEnrollmentsOptions are the parameters of UsersService.ListAuthenticatorEnrollments.
type UsersListAuthenticatorEnrollmentsOptions struct {
	// DiscloseIdentifiers names the identifiers to show in full.
	DiscloseIdentifiers []DisclosedIdentifier `url:"discloseIdentifiers"`
}

// UsersGetAuthenticatorEnrollmentOptions are the parameters of UsersService.GetAuthenticatorEnrollment.
type UsersGetAuthenticatorEnrollmentOptions struct {
	// DiscloseIdentifiers names the identifiers to show in full.
	DiscloseIdentifiers []DisclosedIdentifier `url:"discloseIdentifiers"`
}

// AuthenticatorEnrollment is an authenticator a user enrolled.
type AuthenticatorEnrollment struct {
	ID   string            `json:"id,omitzero"`
	Type AuthenticatorType `json:"type,omitzero"`
	// Key identifies the authenticator ("okta_email", "phone_number").
	Key string `json:"key,omitzero"`
	// Name is the authenticator's display name.
	Name string `json:"name,omitzero"`
	// Status is the enrollment's status ("ACTIVE").
	Status      string                          `json:"status,omitzero"`
	Profile     *AuthenticatorEnrollmentProfile `json:"profile,omitzero"`
	Created     time.Time                       `json:"created,omitzero"`
	LastUpdated time.Time                       `json:"lastUpdated,omitzero"`
	Links       Links                           `json:"_links,omitzero"`
	Extra       Extra                           `json:"-"`
}

// AuthenticatorEnrollmentProfile holds the parameters of a phone enrollment; other authenticators keep theirs in
// Extra.
type AuthenticatorEnrollmentProfile struct {
	// PhoneNumber is the enrolled number, masked unless disclosed.
	PhoneNumber string `json:"phoneNumber,omitzero"`
	Extra       Extra  `json:"-"`
}

// CreatePhoneAuthenticatorEnrollmentRequest is the body of UsersService.CreatePhoneAuthenticatorEnrollment.
type CreatePhoneAuthenticatorEnrollmentRequest struct {
	// AuthenticatorID is the ID of the org's phone authenticator (required).
	AuthenticatorID string `json:"authenticatorId,omitzero"`
	// Profile holds the phone number to enroll (required).
	Profile *AuthenticatorEnrollmentProfile `json:"profile,omitzero"`
	Extra   Extra                           `json:"-"`
}

// CreateTACAuthenticatorEnrollmentRequest is the body of UsersService.CreateTACAuthenticatorEnrollment.
type CreateTACAuthenticatorEnrollmentRequest struct {
	// AuthenticatorID is the ID of the org's temporary access code authenticator (required).
	AuthenticatorID string                         `json:"authenticatorId,omitzero"`
	Profile         *CreateTACAuthenticatorProfile `json:"profile,omitzero"`
	Extra           Extra                          `json:"-"`
}

// CreateTACAuthenticatorProfile holds the settings of a new temporary access code; the org's TAC
// authenticator bounds them.
type CreateTACAuthenticatorProfile struct {
	// MultiUse lets the code be used more than once, if the authenticator allows it.
	MultiUse *bool `json:"multiUse,omitzero"`
	// TTL is how many minutes the code is valid, as a string: "10" to "14400".
	TTL   string `json:"ttl,omitzero"`
	Extra Extra  `json:"-"`
}

// TACAuthenticatorEnrollment is a temporary access code enrollment.
type TACAuthenticatorEnrollment struct {
	ID   string            `json:"id,omitzero"`
	Type AuthenticatorType `json:"type,omitzero"`
	// Key identifies the authenticator ("temporary_access_code").
	Key      string `json:"key,omitzero"`
	Name     string `json:"name,omitzero"`
	Nickname string `json:"nickname,omitzero"`
	// Status is the enrollment's status ("ACTIVE").
	Status      string                   `json:"status,omitzero"`
	Profile     *TACAuthenticatorProfile `json:"profile,omitzero"`
	Created     time.Time                `json:"created,omitzero"`
	LastUpdated time.Time                `json:"lastUpdated,omitzero"`
	Links       Links                    `json:"_links,omitzero"`
	Extra       Extra                    `json:"-"`
}

// TACAuthenticatorProfile describes a temporary access code.
type TACAuthenticatorProfile struct {
	// TAC is the code itself, returned only when the enrollment is created.
	TAC string `json:"tac,omitzero"`
	// MultiUse is true when the code can be used more than once.
	MultiUse bool `json:"multiUse,omitzero"`
	// ExpiresAt is when the code expires.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	Extra     Extra     `json:"-"`
}
