package okta

import (
	"context"
	"net/http"
	"time"
)

// WebAuthnPreregistrationService preregisters WebAuthn factors (YubiKeys) that a fulfillment provider ships to
// users already enrolled: Okta generates the keys, the provider programs the authenticator, and the user
// activates it with a PIN Okta sends. Reach it as client.WebAuthnPreregistration.
//
// The flow, usually run by the Okta Workflows integration: GenerateFulfillmentRequest starts it, Enroll
// initializes the factor and its credential requests for the provider, Activate completes it with the
// provider's responses, and SendPIN emails the user the PIN.
type WebAuthnPreregistrationService service

// Activate activates a preregistered WebAuthn factor with the fulfillment provider's responses, after Okta
// decrypts and verifies the PIN and enrollment data they carry.
//
//okta:operation activatePreregistrationEnrollment POST /webauthn-registration/api/v1/activate
func (s *WebAuthnPreregistrationService) Activate(ctx context.Context, req *ActivateWebAuthnPreregistrationRequest) (*WebAuthnPreregistrationActivation, *Response, error) {
	return send[*WebAuthnPreregistrationActivation](ctx, s.client, newRequest(http.MethodPost, "/webauthn-registration/api/v1/activate").withBody(req))
}

// Enroll enrolls a preregistered WebAuthn factor and returns the encrypted PIN and credential requests to send
// to the fulfillment provider. The factor's challenge stays valid long enough for the provider to fulfil it.
//
//okta:operation enrollPreregistrationEnrollment POST /webauthn-registration/api/v1/enroll
func (s *WebAuthnPreregistrationService) Enroll(ctx context.Context, req *EnrollWebAuthnPreregistrationRequest) (*WebAuthnPreregistrationEnrollment, *Response, error) {
	return send[*WebAuthnPreregistrationEnrollment](ctx, s.client, newRequest(http.MethodPost, "/webauthn-registration/api/v1/enroll").withBody(req))
}

// GenerateFulfillmentRequest starts a preregistration by sending the WebAuthn preregistration event that the
// Okta Workflows integration turns into a fulfillment request.
//
//okta:operation generateFulfillmentRequest POST /webauthn-registration/api/v1/initiate-fulfillment-request
func (s *WebAuthnPreregistrationService) GenerateFulfillmentRequest(ctx context.Context, req *GenerateWebAuthnFulfillmentRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/webauthn-registration/api/v1/initiate-fulfillment-request").withBody(req))
}

// SendPIN emails a user the PIN of a preregistered WebAuthn factor. Call it again to resend the PIN.
//
//okta:operation sendPin POST /webauthn-registration/api/v1/send-pin
func (s *WebAuthnPreregistrationService) SendPIN(ctx context.Context, req *SendWebAuthnPreregistrationPINRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/webauthn-registration/api/v1/send-pin").withBody(req))
}

// ListFactors returns a user's preregistered WebAuthn factors. The list is not paginated.
//
//okta:operation listWebAuthnPreregistrationFactors GET /webauthn-registration/api/v1/users/{userId}/enrollments
func (s *WebAuthnPreregistrationService) ListFactors(ctx context.Context, userID string) ([]WebAuthnPreregistrationFactor, *Response, error) {
	return send[[]WebAuthnPreregistrationFactor](ctx, s.client, newRequest(http.MethodGet, "/webauthn-registration/api/v1/users/{userId}/enrollments", userID))
}

// DeleteFactor deletes one of a user's preregistered WebAuthn factors.
//
//okta:operation deleteWebAuthnPreregistrationFactor DELETE /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}
func (s *WebAuthnPreregistrationService) DeleteFactor(ctx context.Context, userID, enrollmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}", userID, enrollmentID))
}

// MarkFulfillmentError marks a user's preregistered WebAuthn factor as failed to fulfil: its status becomes
// FULFILLMENT_ERRORED.
//
//okta:operation assignFulfillmentErrorWebAuthnPreregistrationFactor POST /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}/mark-error
func (s *WebAuthnPreregistrationService) MarkFulfillmentError(ctx context.Context, userID, enrollmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}/mark-error", userID, enrollmentID))
}

// FulfillmentProvider is the company that programs and ships preregistered WebAuthn factors.
type FulfillmentProvider string

// FulfillmentProvider values. Okta may send others; they decode as they are.
const (
	FulfillmentProviderYubico FulfillmentProvider = "yubico"
)

// ActivateWebAuthnPreregistrationRequest is the body of WebAuthnPreregistrationService.Activate: what the
// fulfillment provider sent back.
type ActivateWebAuthnPreregistrationRequest struct {
	UserID              string              `json:"userId,omitzero"`
	FulfillmentProvider FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	// Serial is the YubiKey's serial number and Version its firmware version.
	Serial  string `json:"serial,omitzero"`
	Version string `json:"version,omitzero"`
	// PINResponseJWE is the provider's encrypted PIN response.
	PINResponseJWE string `json:"pinResponseJwe,omitzero"`
	// CredResponses are the provider's encrypted credential responses, one per enrollment.
	CredResponses []WebAuthnCredResponse `json:"credResponses,omitzero"`
	// YubicoSigningJWKS are Yubico's signing keys, which verify the signatures inside the JWEs.
	YubicoSigningJWKS []ECKeyJWK `json:"yubicoSigningJwks,omitzero"`
	Extra             Extra      `json:"-"`
}

// WebAuthnCredResponse is the fulfillment provider's encrypted credential response for one enrollment.
type WebAuthnCredResponse struct {
	AuthenticatorEnrollmentID string `json:"authenticatorEnrollmentId,omitzero"`
	CredResponseJWE           string `json:"credResponseJwe,omitzero"`
	Extra                     Extra  `json:"-"`
}

// WebAuthnPreregistrationActivation is the result of WebAuthnPreregistrationService.Activate.
type WebAuthnPreregistrationActivation struct {
	UserID              string              `json:"userId,omitzero"`
	FulfillmentProvider FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	// AuthenticatorEnrollmentIDs are the IDs of the activated factors.
	AuthenticatorEnrollmentIDs []string `json:"authenticatorEnrollmentIds,omitzero"`
	Extra                      Extra    `json:"-"`
}

// EnrollWebAuthnPreregistrationRequest is the body of WebAuthnPreregistrationService.Enroll.
type EnrollWebAuthnPreregistrationRequest struct {
	UserID              string              `json:"userId,omitzero"`
	FulfillmentProvider FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	// EnrollmentRPIDs are the relying party hostnames to register on the YubiKey.
	EnrollmentRPIDs []string `json:"enrollmentRpIds,omitzero"`
	// YubicoTransportKeyJWK is Yubico's transport public key, which encrypts the fulfillment requests.
	YubicoTransportKeyJWK *ECKeyJWK `json:"yubicoTransportKeyJWK,omitzero"`
	Extra                 Extra     `json:"-"`
}

// WebAuthnPreregistrationEnrollment is the result of WebAuthnPreregistrationService.Enroll: the encrypted
// requests for the fulfillment provider.
type WebAuthnPreregistrationEnrollment struct {
	UserID              string              `json:"userId,omitzero"`
	FulfillmentProvider FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	// PINRequestJWE is the encrypted PIN request.
	PINRequestJWE string `json:"pinRequestJwe,omitzero"`
	// CredRequests are the encrypted credential requests, one per enrollment.
	CredRequests []WebAuthnCredRequest `json:"credRequests,omitzero"`
	Extra        Extra                 `json:"-"`
}

// WebAuthnCredRequest is an encrypted credential request for the fulfillment provider.
type WebAuthnCredRequest struct {
	AuthenticatorEnrollmentID string `json:"authenticatorEnrollmentId,omitzero"`
	CredRequestJWE            string `json:"credRequestJwe,omitzero"`
	// KeyID identifies Okta's key pair that encrypts the request and decrypts the response.
	KeyID string `json:"keyId,omitzero"`
	Extra Extra  `json:"-"`
}

// ECKeyJWK is a public elliptic-curve key (P-384) as a JSON Web Key: Yubico's transport key on enrollment, or
// one of its signing keys on activation.
type ECKeyJWK struct {
	KID string `json:"kid,omitzero"`
	// Kty is JWKKeyTypeEC and Crv ECCurveP384.
	Kty JWKKeyType `json:"kty,omitzero"`
	Crv ECCurve    `json:"crv,omitzero"`
	// Use is JWKUseTypeEnc for a transport key or JWKUseTypeSig for a signing key.
	Use   JWKUseType `json:"use,omitzero"`
	X     string     `json:"x,omitzero"`
	Y     string     `json:"y,omitzero"`
	Extra Extra      `json:"-"`
}

// ECCurve is the elliptic curve of an EC JSON Web Key.
type ECCurve string

// ECCurve values. Okta may send others; they decode as they are.
const (
	ECCurveP384 ECCurve = "P-384"
)

// GenerateWebAuthnFulfillmentRequest is the body of WebAuthnPreregistrationService.GenerateFulfillmentRequest.
type GenerateWebAuthnFulfillmentRequest struct {
	UserID              string              `json:"userId,omitzero"`
	FulfillmentProvider FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	// FulfillmentData are the orders to fulfil.
	FulfillmentData []FulfillmentOrder `json:"fulfillmentData,omitzero"`
	Extra           Extra              `json:"-"`
}

// FulfillmentOrder is one order of a fulfillment request: the factor's make and model, its configuration and
// the inventory it comes from.
type FulfillmentOrder struct {
	ProductID          string `json:"productId,omitzero"`
	CustomizationID    string `json:"customizationId,omitzero"`
	InventoryProductID string `json:"inventoryProductId,omitzero"`
	Extra              Extra  `json:"-"`
}

// SendWebAuthnPreregistrationPINRequest is the body of WebAuthnPreregistrationService.SendPIN.
type SendWebAuthnPreregistrationPINRequest struct {
	UserID                    string              `json:"userId,omitzero"`
	AuthenticatorEnrollmentID string              `json:"authenticatorEnrollmentId,omitzero"`
	FulfillmentProvider       FulfillmentProvider `json:"fulfillmentProvider,omitzero"`
	Extra                     Extra               `json:"-"`
}

// WebAuthnPreregistrationFactor is a preregistered WebAuthn factor of a user.
type WebAuthnPreregistrationFactor struct {
	ID         string         `json:"id,omitzero"`
	FactorType FactorType     `json:"factorType,omitzero"`
	Provider   FactorProvider `json:"provider,omitzero"`
	VendorName string         `json:"vendorName,omitzero"`
	// Status is the factor's status; FULFILLMENT_ERRORED after MarkFulfillmentError.
	Status      FactorStatus `json:"status,omitzero"`
	Profile     Extra        `json:"profile,omitzero"`
	Created     time.Time    `json:"created,omitzero"`
	LastUpdated time.Time    `json:"lastUpdated,omitzero"`
	Links       Links        `json:"_links,omitzero"`
	Extra       Extra        `json:"-"`
}
