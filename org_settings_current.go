package okta

import (
	"context"
	"net/http"
	"time"
)

// This file holds the org settings operations Okta added after 5.1.0: the admin settings (third-party admins,
// Admin Console assignment, the default role of public client apps), Okta Aerial consent and Okta Support cases.

// GetThirdPartyAdminSetting retrieves whether the org's admins are third-party admins: admins who do not receive
// Okta's admin emails and cannot contact Okta Support or sign in to the Okta Help Center.
//
//okta:operation getThirdPartyAdminSetting GET /api/v1/org/orgSettings/thirdPartyAdminSetting
func (s *OrgSettingsService) GetThirdPartyAdminSetting(ctx context.Context) (*ThirdPartyAdminSetting, *Response, error) {
	return send[*ThirdPartyAdminSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/orgSettings/thirdPartyAdminSetting"))
}

// UpdateThirdPartyAdminSetting turns the third-party admin setting on or off and returns it.
//
//okta:operation updateThirdPartyAdminSetting POST /api/v1/org/orgSettings/thirdPartyAdminSetting
func (s *OrgSettingsService) UpdateThirdPartyAdminSetting(ctx context.Context, setting *ThirdPartyAdminSetting) (*ThirdPartyAdminSetting, *Response, error) {
	return send[*ThirdPartyAdminSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/orgSettings/thirdPartyAdminSetting").withBody(setting))
}

// GetAutoAssignAdminAppSetting retrieves whether Okta assigns the Okta Admin Console app to a user who is given
// an admin role.
//
//okta:operation getAutoAssignAdminAppSetting GET /api/v1/org/settings/autoAssignAdminAppSetting
func (s *OrgSettingsService) GetAutoAssignAdminAppSetting(ctx context.Context) (*AutoAssignAdminAppSetting, *Response, error) {
	return send[*AutoAssignAdminAppSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/settings/autoAssignAdminAppSetting"))
}

// UpdateAutoAssignAdminAppSetting turns the automatic assignment of the Okta Admin Console app on or off and
// returns the setting. It does not apply to the SUPER_ADMIN role, which always gets the Admin Console.
//
//okta:operation updateAutoAssignAdminAppSetting POST /api/v1/org/settings/autoAssignAdminAppSetting
func (s *OrgSettingsService) UpdateAutoAssignAdminAppSetting(ctx context.Context, setting *AutoAssignAdminAppSetting) (*AutoAssignAdminAppSetting, *Response, error) {
	return send[*AutoAssignAdminAppSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/settings/autoAssignAdminAppSetting").withBody(setting))
}

// GetClientPrivilegesSetting retrieves whether new public client apps get the Super Admin role by default.
//
//okta:operation getClientPrivilegesSetting GET /api/v1/org/settings/clientPrivilegesSetting
func (s *OrgSettingsService) GetClientPrivilegesSetting(ctx context.Context) (*ClientPrivilegesSetting, *Response, error) {
	return send[*ClientPrivilegesSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/settings/clientPrivilegesSetting"))
}

// ReplaceClientPrivilegesSetting replaces the setting that gives new public client apps the Super Admin role by
// default, and returns it. Okta calls the operation an assignment, but it is a PUT of the whole setting, not a
// grant to a principal: hence Replace.
//
//okta:operation assignClientPrivilegesSetting PUT /api/v1/org/settings/clientPrivilegesSetting
func (s *OrgSettingsService) ReplaceClientPrivilegesSetting(ctx context.Context, setting *ClientPrivilegesSetting) (*ClientPrivilegesSetting, *Response, error) {
	return send[*ClientPrivilegesSetting](ctx, s.client, newRequest(http.MethodPut, "/api/v1/org/settings/clientPrivilegesSetting").withBody(setting))
}

// GetAerialConsent retrieves the consent the org gave an Okta Aerial account to manage it. Okta answers 404
// (errors.Is(err, ErrNotFound)) when no consent has been given.
//
//okta:operation getAerialConsent GET /api/v1/org/privacy/aerial
func (s *OrgSettingsService) GetAerialConsent(ctx context.Context) (*OrgAerialConsentDetails, *Response, error) {
	return send[*OrgAerialConsentDetails](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/privacy/aerial"))
}

// GrantAerialConsent lets the Okta Aerial account consent.AccountID manage the org, and returns the consent. A
// child org takes its consent from its parent: granting it on the child directly fails.
//
//okta:operation grantAerialConsent POST /api/v1/org/privacy/aerial/grant
func (s *OrgSettingsService) GrantAerialConsent(ctx context.Context, consent *OrgAerialConsent) (*OrgAerialConsentDetails, *Response, error) {
	return send[*OrgAerialConsentDetails](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/aerial/grant").withBody(consent))
}

// RevokeAerialConsent ends the access of the Okta Aerial account consent.AccountID to the org. It fails once the
// org has been added to the Aerial account.
//
//okta:operation revokeAerialConsent POST /api/v1/org/privacy/aerial/revoke
func (s *OrgSettingsService) RevokeAerialConsent(ctx context.Context, consent *OrgAerialConsent) (*OrgAerialConsentRevoked, *Response, error) {
	return send[*OrgAerialConsentRevoked](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/aerial/revoke").withBody(consent))
}

// ListOktaSupportCases returns the Okta Support cases the caller may see, with the access each gives Okta
// Support to the org. The list is not paginated.
//
//okta:operation listOktaSupportCases GET /api/v1/org/privacy/oktaSupport/cases
func (s *OrgSettingsService) ListOktaSupportCases(ctx context.Context) ([]OktaSupportCase, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/privacy/oktaSupport/cases"),
		func(p *OktaSupportCases) ([]OktaSupportCase, Links) { return p.SupportCases, nil })
}

// UpdateOktaSupportCase changes the access that the Okta Support case caseNumber gives Okta Support to the org:
// set Impersonation (its Status) to enable, disable or extend it, or SelfAssigned.Status to approve a
// self-assigned case. It returns the case.
//
//okta:operation updateOktaSupportCase PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}
func (s *OrgSettingsService) UpdateOktaSupportCase(ctx context.Context, caseNumber string, supportCase *OktaSupportCase) (*OktaSupportCase, *Response, error) {
	return send[*OktaSupportCase](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/org/privacy/oktaSupport/cases/{caseNumber}", caseNumber).withBody(supportCase))
}

// ThirdPartyAdminSetting says whether the org's admins are third-party admins.
type ThirdPartyAdminSetting struct {
	ThirdPartyAdmin *bool `json:"thirdPartyAdmin,omitzero"`
	Extra           Extra `json:"-"`
}

// AutoAssignAdminAppSetting says whether Okta assigns the Okta Admin Console app to new admins.
type AutoAssignAdminAppSetting struct {
	AutoAssignAdminAppSetting *bool `json:"autoAssignAdminAppSetting,omitzero"`
	Extra                     Extra `json:"-"`
}

// ClientPrivilegesSetting says whether new public client apps get the Super Admin role by default.
type ClientPrivilegesSetting struct {
	ClientPrivilegesSetting *bool `json:"clientPrivilegesSetting,omitzero"`
	Extra                   Extra `json:"-"`
}

// OrgAerialConsent names the Okta Aerial account to grant or revoke consent for.
type OrgAerialConsent struct {
	// AccountID is the ID of the Aerial account (required).
	AccountID string `json:"accountId,omitzero"`
	Extra     Extra  `json:"-"`
}

// OrgAerialConsentDetails is the consent the org gave an Okta Aerial account. Links.Href("revoke") revokes it.
type OrgAerialConsentDetails struct {
	AccountID string `json:"accountId,omitzero"`
	// GrantedBy is the ID of the user who granted the consent.
	GrantedBy string `json:"grantedBy,omitzero"`
	// GrantedDate is when the consent was granted. The API description gives it as a string without a format.
	GrantedDate string `json:"grantedDate,omitzero"`
	Links       Links  `json:"_links,omitzero"`
	Extra       Extra  `json:"-"`
}

// OrgAerialConsentRevoked is Okta's answer to a revoked consent: Links.Href("grant") grants it again.
type OrgAerialConsentRevoked struct {
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// OktaSupportCases is the envelope of the Okta Support cases that OrgSettingsService.ListOktaSupportCases
// returns.
type OktaSupportCases struct {
	SupportCases []OktaSupportCase `json:"supportCases,omitzero"`
	Extra        Extra             `json:"-"`
}

// OktaSupportCase is an Okta Support case and the access it gives Okta Support to the org.
type OktaSupportCase struct {
	// CaseNumber is the case's number (read-only).
	CaseNumber string `json:"caseNumber,omitzero"`
	// Subject is the case's subject (read-only).
	Subject string `json:"subject,omitzero"`
	// Impersonation is whether Okta Support may sign in to the org as an admin for the case.
	Impersonation *OktaSupportCaseImpersonation `json:"impersonation,omitzero"`
	// SelfAssigned is whether the org approves access for a case an Okta Support user created and assigned to
	// themselves.
	SelfAssigned *OktaSupportCaseSelfAssigned `json:"selfAssigned,omitzero"`
	Extra        Extra                        `json:"-"`
}

// OktaSupportCaseImpersonation is whether Okta Support may sign in to the org as an admin for a case, and until
// when.
type OktaSupportCaseImpersonation struct {
	Status OktaSupportAccessStatus `json:"status,omitzero"`
	// Expiration is when the access ends; Okta sends null when there is none, which Extra keeps.
	Expiration time.Time `json:"expiration,omitzero"`
	Extra      Extra     `json:"-"`
}

// OktaSupportCaseSelfAssigned is the org's approval of Okta Support access for a self-assigned case.
type OktaSupportCaseSelfAssigned struct {
	Status SelfAssignedStatus `json:"status,omitzero"`
	Extra  Extra              `json:"-"`
}

// OktaSupportAccessStatus is the state of Okta Support's access to the org for a case.
type OktaSupportAccessStatus string

// OktaSupportAccessStatus values. Okta may send others; they decode as they are.
const (
	OktaSupportAccessStatusDisabled     OktaSupportAccessStatus = "DISABLED"
	OktaSupportAccessStatusEnabled      OktaSupportAccessStatus = "ENABLED"
	OktaSupportAccessStatusNotRequested OktaSupportAccessStatus = "NOT_REQUESTED"
	OktaSupportAccessStatusRequested    OktaSupportAccessStatus = "REQUESTED"
)

// SelfAssignedStatus is the state of the org's approval of Okta Support access for a self-assigned case.
type SelfAssignedStatus string

// SelfAssignedStatus values. Okta may send others; they decode as they are.
const (
	// SelfAssignedStatusApproved means the org approved access for the self-assigned case.
	SelfAssignedStatusApproved SelfAssignedStatus = "APPROVED"
	// SelfAssignedStatusNotRequired means no approval is needed: the case is not self-assigned.
	SelfAssignedStatusNotRequired SelfAssignedStatus = "NOT_REQUIRED"
	// SelfAssignedStatusRequested means Okta Support asks the org to approve access for the self-assigned case.
	SelfAssignedStatusRequested SelfAssignedStatus = "REQUESTED"
)
