package okta

import (
	"context"
	"net/http"
)

// OktaPersonalSettingsService manages the Okta Personal settings of a Workforce org: whether users see entry
// points to Okta Personal and may migrate apps to it, and the email domains excluded from app migration. Reach
// it as client.OktaPersonalSettings.
type OktaPersonalSettingsService service

// ReplaceAdminSettings replaces the org's Okta Personal admin settings with settings. Okta answers 204 without a
// body.
//
//okta:operation replaceOktaPersonalAdminSettings PUT /okta-personal-settings/api/v1/edit-feature
func (s *OktaPersonalSettingsService) ReplaceAdminSettings(ctx context.Context, settings *OktaPersonalAdminFeatureSettings) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/okta-personal-settings/api/v1/edit-feature").withBody(settings))
}

// GetBlockedEmailDomains retrieves the list of email domains whose users may not migrate apps to Okta Personal.
//
//okta:operation listPersonalAppsExportBlockList GET /okta-personal-settings/api/v1/export-blocklists
func (s *OktaPersonalSettingsService) GetBlockedEmailDomains(ctx context.Context) (*PersonalAppsBlockList, *Response, error) {
	return send[*PersonalAppsBlockList](ctx, s.client, newRequest(http.MethodGet, "/okta-personal-settings/api/v1/export-blocklists"))
}

// ReplaceBlockedEmailDomains replaces the list of email domains whose users may not migrate apps to Okta
// Personal with list. Okta answers 204 without a body.
//
//okta:operation replaceBlockedEmailDomains PUT /okta-personal-settings/api/v1/export-blocklists
func (s *OktaPersonalSettingsService) ReplaceBlockedEmailDomains(ctx context.Context, list *PersonalAppsBlockList) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/okta-personal-settings/api/v1/export-blocklists").withBody(list))
}

// OktaPersonalAdminFeatureSettings are the Okta Personal features an admin enables or disables for the org.
type OktaPersonalAdminFeatureSettings struct {
	// EnableEnduserEntryPoints allows entry points to an Okta Personal account in the Workforce org.
	EnableEnduserEntryPoints *bool `json:"enableEnduserEntryPoints,omitzero"`
	// EnableExportApps allows users to migrate apps from their Workforce account to an Okta Personal account.
	EnableExportApps *bool `json:"enableExportApps,omitzero"`
	Extra            Extra `json:"-"`
}

// PersonalAppsBlockList is the list of email domains whose users may not migrate apps to Okta Personal.
type PersonalAppsBlockList struct {
	Domains []string `json:"domains,omitzero"`
	Extra   Extra    `json:"-"`
}
