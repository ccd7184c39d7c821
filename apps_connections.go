package okta

import (
	"context"
	"net/http"
)

// GetDefaultProvisioningConnection retrieves the default provisioning connection of an application: how Okta
// authenticates to the application to provision users.
//
//okta:operation getDefaultProvisioningConnectionForApplication GET /api/v1/apps/{appId}/connections/default
func (s *AppsService) GetDefaultProvisioningConnection(ctx context.Context, appID string) (*ProvisioningConnection, *Response, error) {
	return send[*ProvisioningConnection](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/connections/default", appID))
}

// UpdateDefaultProvisioningConnection sets the default provisioning connection of an application, activating
// it when opts.Activate is true.
//
//okta:operation updateDefaultProvisioningConnectionForApplication POST /api/v1/apps/{appId}/connections/default
func (s *AppsService) UpdateDefaultProvisioningConnection(ctx context.Context, appID string, conn *UpdateDefaultProvisioningConnectionRequest, opts *AppsUpdateDefaultProvisioningConnectionOptions) (*ProvisioningConnection, *Response, error) {
	return send[*ProvisioningConnection](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/connections/default", appID).withBody(conn).withQuery(opts))
}

// ActivateDefaultProvisioningConnection activates the default provisioning connection of an application.
//
//okta:operation activateDefaultProvisioningConnectionForApplication POST /api/v1/apps/{appId}/connections/default/lifecycle/activate
func (s *AppsService) ActivateDefaultProvisioningConnection(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/connections/default/lifecycle/activate", appID))
}

// DeactivateDefaultProvisioningConnection deactivates the default provisioning connection of an application.
//
//okta:operation deactivateDefaultProvisioningConnectionForApplication POST /api/v1/apps/{appId}/connections/default/lifecycle/deactivate
func (s *AppsService) DeactivateDefaultProvisioningConnection(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/connections/default/lifecycle/deactivate", appID))
}

// AppsUpdateDefaultProvisioningConnectionOptions are the parameters of
// AppsService.UpdateDefaultProvisioningConnection.
type AppsUpdateDefaultProvisioningConnectionOptions struct {
	// Activate, when true, activates the connection.
	Activate *bool `url:"activate"`
}

// ProvisioningConnectionAuthScheme is how Okta authenticates to an application to provision users.
type ProvisioningConnectionAuthScheme string

// ProvisioningConnectionAuthScheme values.
const (
	ProvisioningConnectionAuthSchemeOAuth2  ProvisioningConnectionAuthScheme = "OAUTH2"
	ProvisioningConnectionAuthSchemeToken   ProvisioningConnectionAuthScheme = "TOKEN"
	ProvisioningConnectionAuthSchemeUnknown ProvisioningConnectionAuthScheme = "UNKNOWN"
)

// ProvisioningConnectionStatus is the state of a provisioning connection.
type ProvisioningConnectionStatus string

// ProvisioningConnectionStatus values.
const (
	ProvisioningConnectionStatusDisabled ProvisioningConnectionStatus = "DISABLED"
	ProvisioningConnectionStatusEnabled  ProvisioningConnectionStatus = "ENABLED"
	ProvisioningConnectionStatusUnknown  ProvisioningConnectionStatus = "UNKNOWN"
)

// ProvisioningConnection is how Okta authenticates to an application to provision users, and whether it does.
type ProvisioningConnection struct {
	AuthScheme ProvisioningConnectionAuthScheme `json:"authScheme,omitzero"`
	// BaseURL is the base URL of the target app, which for the Zscaler 2.0 app (zscalerbyz) holds the Zscaler
	// ID.
	BaseURL string                         `json:"baseUrl,omitzero"`
	Profile *ProvisioningConnectionProfile `json:"profile,omitzero"`
	Status  ProvisioningConnectionStatus   `json:"status,omitzero"`
	Links   Links                          `json:"_links,omitzero"`
	Extra   Extra                          `json:"-"`
}

// ProvisioningConnectionProfile is the credential of a provisioning connection. The API describes one type per
// AuthScheme (ProvisioningConnectionProfileToken with Token, ProvisioningConnectionProfileOauth with
// ClientID, ProvisioningConnectionProfileUnknown); they differ by one member, so this one type carries them
// all: set AuthScheme and the member it needs.
type ProvisioningConnectionProfile struct {
	AuthScheme ProvisioningConnectionAuthScheme `json:"authScheme,omitzero"`
	// ClientID is the OAuth 2.0 client ID, with AuthScheme OAUTH2.
	ClientID string `json:"clientId,omitzero"`
	// Token is the API token, with AuthScheme TOKEN (never returned).
	Token string `json:"token,omitzero"`
	// Settings are the administrator credentials of the Microsoft Office 365 app (office365), with AuthScheme
	// OAUTH2.
	Settings *Office365ProvisioningSettings `json:"settings,omitzero"`
	// Signing is how the signing key of the Okta Org2Org app (okta_org2org) is rotated, with AuthScheme OAUTH2.
	Signing *Org2OrgProvisioningOAuthSigningSettings `json:"signing,omitzero"`
	Extra   Extra                                    `json:"-"`
}

// Office365ProvisioningSettings are the settings of the Microsoft Office 365 app's provisioning connection:
// the credentials of an Office 365 global administrator.
type Office365ProvisioningSettings struct {
	AdminUsername string `json:"adminUsername,omitzero"`
	// AdminPassword is write-only: Okta never returns it.
	AdminPassword string `json:"adminPassword,omitzero"`
	Extra         Extra  `json:"-"`
}

// Org2OrgProvisioningOAuthSigningSettings are the signing settings of the Okta Org2Org app's OAuth 2.0
// provisioning connection.
type Org2OrgProvisioningOAuthSigningSettings struct {
	// RotationMode says who rotates the key that signs the connection's client assertions.
	RotationMode ConnectionsSigningRotationMode `json:"rotationMode,omitzero"`
	Extra        Extra                          `json:"-"`
}

// ConnectionsSigningRotationMode says who rotates the signing key of a provisioning connection.
type ConnectionsSigningRotationMode string

// ConnectionsSigningRotationMode values. Okta may send others; they decode as they are.
const (
	// ConnectionsSigningRotationModeAuto lets Okta rotate the key; AppsService.GetDefaultProvisioningConnectionJWKS
	// returns the current keys.
	ConnectionsSigningRotationModeAuto ConnectionsSigningRotationMode = "AUTO"
	// ConnectionsSigningRotationModeManual leaves the rotation to the admin, on their own schedule.
	ConnectionsSigningRotationModeManual ConnectionsSigningRotationMode = "MANUAL"
)

// UpdateDefaultProvisioningConnectionRequest is the body of AppsService.UpdateDefaultProvisioningConnection.
type UpdateDefaultProvisioningConnectionRequest struct {
	// BaseURL is the base URL of the target app, with a TOKEN profile; only the Zscaler 2.0 app (zscalerbyz)
	// uses it, and it holds the Zscaler ID.
	BaseURL string                         `json:"baseUrl,omitzero"`
	Profile *ProvisioningConnectionProfile `json:"profile,omitzero"`
	Extra   Extra                          `json:"-"`
}
