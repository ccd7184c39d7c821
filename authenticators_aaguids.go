package okta

import (
	"context"
	"net/http"
)

// ListCustomAAGUIDs returns the custom AAGUIDs of a WebAuthn authenticator: the authenticator models (by their
// Authenticator Attestation GUID) that the org trusts beyond those of the FIDO Metadata Service. The list is
// not paginated.
//
//okta:operation listAllCustomAAGUIDs GET /api/v1/authenticators/{authenticatorId}/aaguids
func (s *AuthenticatorsService) ListCustomAAGUIDs(ctx context.Context, authenticatorID string) ([]CustomAAGUID, *Response, error) {
	return send[[]CustomAAGUID](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators/{authenticatorId}/aaguids", authenticatorID))
}

// CreateCustomAAGUID adds a custom AAGUID to a WebAuthn authenticator.
//
//okta:operation createCustomAAGUID POST /api/v1/authenticators/{authenticatorId}/aaguids
func (s *AuthenticatorsService) CreateCustomAAGUID(ctx context.Context, authenticatorID string, aaguid *CreateCustomAAGUIDRequest) (*CustomAAGUID, *Response, error) {
	return send[*CustomAAGUID](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/aaguids", authenticatorID).withBody(aaguid))
}

// GetCustomAAGUID retrieves a custom AAGUID of a WebAuthn authenticator.
//
//okta:operation getCustomAAGUID GET /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}
func (s *AuthenticatorsService) GetCustomAAGUID(ctx context.Context, authenticatorID, aaguid string) (*CustomAAGUID, *Response, error) {
	return send[*CustomAAGUID](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}", authenticatorID, aaguid))
}

// ReplaceCustomAAGUID replaces the name, attestation certificates and characteristics of a custom AAGUID.
// Build the body from what GetCustomAAGUID returns with CustomAAGUID.ReplaceRequest.
//
//okta:operation replaceCustomAAGUID PUT /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}
func (s *AuthenticatorsService) ReplaceCustomAAGUID(ctx context.Context, authenticatorID, aaguid string, req *ReplaceCustomAAGUIDRequest) (*CustomAAGUID, *Response, error) {
	return send[*CustomAAGUID](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}", authenticatorID, aaguid).withBody(req))
}

// UpdateCustomAAGUID changes the members of a custom AAGUID that req sets, leaving the others as they are. It
// is sent as a JSON merge patch.
//
//okta:operation updateCustomAAGUID PATCH /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}
func (s *AuthenticatorsService) UpdateCustomAAGUID(ctx context.Context, authenticatorID, aaguid string, req *UpdateCustomAAGUIDRequest) (*CustomAAGUID, *Response, error) {
	return send[*CustomAAGUID](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}", authenticatorID, aaguid).withMergePatch(req))
}

// DeleteCustomAAGUID removes a custom AAGUID from a WebAuthn authenticator.
//
//okta:operation deleteCustomAAGUID DELETE /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}
func (s *AuthenticatorsService) DeleteCustomAAGUID(ctx context.Context, authenticatorID, aaguid string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}", authenticatorID, aaguid))
}

// VerifyRPIDDomain asks Okta to verify the relying party ID domain set on a WebAuthn method of an authenticator
// (methodType is AuthenticatorMethodTypeWebAuthn): the domain must serve the org in its /.well-known/webauthn
// document.
//
//okta:operation verifyRpIdDomain POST /api/v1/authenticators/{authenticatorId}/methods/{webAuthnMethodType}/verify-rp-id-domain
func (s *AuthenticatorsService) VerifyRPIDDomain(ctx context.Context, authenticatorID string, methodType AuthenticatorMethodType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/methods/{webAuthnMethodType}/verify-rp-id-domain", authenticatorID, string(methodType)))
}

// CustomAAGUID is a custom Authenticator Attestation GUID of a WebAuthn authenticator: one authenticator model
// the org trusts, with the root certificates its attestations chain to.
type CustomAAGUID struct {
	// AAGUID is the authenticator model's GUID, such as cb69481e-8ff7-4039-93ec-0a2729a154a8.
	AAGUID string `json:"aaguid,omitzero"`
	// Name is the model's display name.
	Name                         string                              `json:"name,omitzero"`
	AttestationRootCertificates  []AttestationRootCertificate        `json:"attestationRootCertificates,omitzero"`
	AuthenticatorCharacteristics *AAGUIDAuthenticatorCharacteristics `json:"authenticatorCharacteristics,omitzero"`
	Links                        Links                               `json:"_links,omitzero"`
	Extra                        Extra                               `json:"-"`
}

// ReplaceRequest returns the body that ReplaceCustomAAGUID takes to replace a with its current values: its
// name, attestation certificates (their X5C) and characteristics, and the members kept in Extra other than
// the read-only aaguid and _links.
func (a *CustomAAGUID) ReplaceRequest() *ReplaceCustomAAGUIDRequest {
	req := &ReplaceCustomAAGUIDRequest{Name: a.Name, AuthenticatorCharacteristics: a.AuthenticatorCharacteristics}
	for _, c := range a.AttestationRootCertificates {
		req.AttestationRootCertificates = append(req.AttestationRootCertificates, AttestationRootCertificate{X5C: c.X5C})
	}
	for k, v := range a.Extra {
		if k == "aaguid" || k == "_links" {
			continue
		}
		if req.Extra == nil {
			req.Extra = Extra{}
		}
		req.Extra[k] = v
	}
	return req
}

// AttestationRootCertificate is a root certificate that a custom AAGUID's attestations chain to. Requests send
// only X5C; Okta answers with the other members too.
type AttestationRootCertificate struct {
	// X5C is the base64-encoded DER certificate.
	X5C string `json:"x5c,omitzero"`
	// X5TS256 is the certificate's SHA-256 thumbprint (read-only).
	X5TS256 string `json:"x5t#S256,omitzero"`
	// Iss is the certificate's issuer (read-only).
	Iss string `json:"iss,omitzero"`
	// Exp is when the certificate expires, as Okta writes it (read-only).
	Exp   string `json:"exp,omitzero"`
	Extra Extra  `json:"-"`
}

// AAGUIDAuthenticatorCharacteristics are what an authenticator model is: nil fields are not sent.
type AAGUIDAuthenticatorCharacteristics struct {
	FIPSCompliant     *bool `json:"fipsCompliant,omitzero"`
	HardwareProtected *bool `json:"hardwareProtected,omitzero"`
	PlatformAttached  *bool `json:"platformAttached,omitzero"`
	Extra             Extra `json:"-"`
}

// CreateCustomAAGUIDRequest is the body of AuthenticatorsService.CreateCustomAAGUID.
type CreateCustomAAGUIDRequest struct {
	AAGUID                       string                              `json:"aaguid,omitzero"`
	AttestationRootCertificates  []AttestationRootCertificate        `json:"attestationRootCertificates,omitzero"`
	AuthenticatorCharacteristics *AAGUIDAuthenticatorCharacteristics `json:"authenticatorCharacteristics,omitzero"`
	Extra                        Extra                               `json:"-"`
}

// ReplaceCustomAAGUIDRequest is the body of AuthenticatorsService.ReplaceCustomAAGUID.
type ReplaceCustomAAGUIDRequest struct {
	Name                         string                              `json:"name,omitzero"`
	AttestationRootCertificates  []AttestationRootCertificate        `json:"attestationRootCertificates,omitzero"`
	AuthenticatorCharacteristics *AAGUIDAuthenticatorCharacteristics `json:"authenticatorCharacteristics,omitzero"`
	Extra                        Extra                               `json:"-"`
}

// UpdateCustomAAGUIDRequest is the body of AuthenticatorsService.UpdateCustomAAGUID: the members to change.
type UpdateCustomAAGUIDRequest struct {
	Name                         string                              `json:"name,omitzero"`
	AttestationRootCertificates  []AttestationRootCertificate        `json:"attestationRootCertificates,omitzero"`
	AuthenticatorCharacteristics *AAGUIDAuthenticatorCharacteristics `json:"authenticatorCharacteristics,omitzero"`
	Extra                        Extra                               `json:"-"`
}
