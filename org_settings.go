package okta

import (
	"context"
	"io"
	"net/http"
	"time"
)

// OrgSettingsService manages the org itself: its settings (company name, address, support contacts), its
// billing and technical contacts, its logo, the End-User Dashboard footer, Okta's communication emails to its
// users, Okta Support's access to it and its support cases, Okta Aerial's consent, admin settings and the email
// bounce list. Reach it as client.OrgSettings.
type OrgSettingsService service

// GetWellKnownMetadata retrieves the org's public metadata from /.well-known/okta-organization: its ID, its
// authentication pipeline (Identity Engine or Classic) and its URLs, including a custom domain. The endpoint
// needs no credentials.
//
//okta:operation getWellknownOrgMetadata GET /.well-known/okta-organization
func (s *OrgSettingsService) GetWellKnownMetadata(ctx context.Context) (*WellKnownOrgMetadata, *Response, error) {
	return send[*WellKnownOrgMetadata](ctx, s.client, newRequest(http.MethodGet, "/.well-known/okta-organization"))
}

// Get retrieves the org's settings.
//
//okta:operation getOrgSettings GET /api/v1/org
func (s *OrgSettingsService) Get(ctx context.Context) (*OrgSetting, *Response, error) {
	return send[*OrgSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org"))
}

// Update changes the org settings that are set in settings and leaves the others as they are (a partial
// update). To clear a setting, send it empty through Extra (see [Extra]):
//
//	s := &okta.OrgSetting{}
//	okta.SetAttr(&s.Extra, "supportPhoneNumber", "")
//	client.OrgSettings.Update(ctx, s)
//
//okta:operation updateOrgSettings POST /api/v1/org
func (s *OrgSettingsService) Update(ctx context.Context, settings *OrgSetting) (*OrgSetting, *Response, error) {
	return send[*OrgSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org").withBody(settings))
}

// Replace replaces the org's settings with settings: those it leaves out are cleared. Get the settings,
// change them and Replace them; everything Get returned is sent back. Read-only settings (id, subdomain,
// status, timestamps) are ignored by Okta.
//
//okta:operation replaceOrgSettings PUT /api/v1/org
func (s *OrgSettingsService) Replace(ctx context.Context, settings *OrgSetting) (*OrgSetting, *Response, error) {
	return send[*OrgSetting](ctx, s.client, newRequest(http.MethodPut, "/api/v1/org").withBody(settings))
}

// ListContactTypes returns the org's contact types (billing and technical), each with the link to its user.
//
//okta:operation getOrgContactTypes GET /api/v1/org/contacts
func (s *OrgSettingsService) ListContactTypes(ctx context.Context) ([]OrgContactTypeObj, *Response, error) {
	return send[[]OrgContactTypeObj](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/contacts"))
}

// GetContactUser retrieves the user who is the org's contact of type contactType.
//
//okta:operation getOrgContactUser GET /api/v1/org/contacts/{contactType}
func (s *OrgSettingsService) GetContactUser(ctx context.Context, contactType OrgContactType) (*OrgContactUser, *Response, error) {
	return send[*OrgContactUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/contacts/{contactType}", string(contactType)))
}

// ReplaceContactUser makes the user contact.UserID the org's contact of type contactType.
//
//okta:operation replaceOrgContactUser PUT /api/v1/org/contacts/{contactType}
func (s *OrgSettingsService) ReplaceContactUser(ctx context.Context, contactType OrgContactType, contact *OrgContactUser) (*OrgContactUser, *Response, error) {
	return send[*OrgContactUser](ctx, s.client, newRequest(http.MethodPut, "/api/v1/org/contacts/{contactType}", string(contactType)).withBody(contact))
}

// RemoveEmailAddressBounces removes email addresses from the email provider's bounce list, so that Okta's
// emails reach them again. Okta answers 200 even when some addresses could not be removed: they are listed,
// with the reason, in the result's Errors.
//
//okta:operation bulkRemoveEmailAddressBounces POST /api/v1/org/email/bounces/remove-list
func (s *OrgSettingsService) RemoveEmailAddressBounces(ctx context.Context, addresses *BouncesRemoveListObj) (*BouncesRemoveListResult, *Response, error) {
	return send[*BouncesRemoveListResult](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/email/bounces/remove-list").withBody(addresses))
}

// UploadLogo uploads the image file (PNG, JPG or GIF, under 100 kB; best in landscape, 300 by 50 pixels or
// more, on a transparent background) as the org's logo, replacing any previous one. filename names the file
// in the upload; its extension sets the image's content type, which is otherwise sniffed from the content.
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation uploadOrgLogo POST /api/v1/org/logo
func (s *OrgSettingsService) UploadLogo(ctx context.Context, file io.Reader, filename string) (*Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/org/logo")
	if r.err == nil {
		r.body, r.err = multipartFile("file", file, filename)
	}
	return exec(ctx, s.client, r)
}

// GetPreferences retrieves the org's preferences: whether the End-User Dashboard shows the Okta footer.
//
//okta:operation getOrgPreferences GET /api/v1/org/preferences
func (s *OrgSettingsService) GetPreferences(ctx context.Context) (*OrgPreferences, *Response, error) {
	return send[*OrgPreferences](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/preferences"))
}

// HideEndUserFooter hides the Okta footer on the End-User Dashboard and returns the preferences.
//
//okta:operation updateOrgHideOktaUIFooter POST /api/v1/org/preferences/hideEndUserFooter
func (s *OrgSettingsService) HideEndUserFooter(ctx context.Context) (*OrgPreferences, *Response, error) {
	return send[*OrgPreferences](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/preferences/hideEndUserFooter"))
}

// ShowEndUserFooter shows the Okta footer on the End-User Dashboard and returns the preferences.
//
//okta:operation updateOrgShowOktaUIFooter POST /api/v1/org/preferences/showEndUserFooter
func (s *OrgSettingsService) ShowEndUserFooter(ctx context.Context) (*OrgPreferences, *Response, error) {
	return send[*OrgPreferences](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/preferences/showEndUserFooter"))
}

// GetOktaCommunicationSettings retrieves whether the org's users are opted out of Okta's communication
// emails.
//
//okta:operation getOktaCommunicationSettings GET /api/v1/org/privacy/oktaCommunication
func (s *OrgSettingsService) GetOktaCommunicationSettings(ctx context.Context) (*OrgOktaCommunicationSetting, *Response, error) {
	return send[*OrgOktaCommunicationSetting](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/privacy/oktaCommunication"))
}

// OptInOktaCommunicationEmails opts all the org's users in to Okta's communication emails.
//
//okta:operation optInUsersToOktaCommunicationEmails POST /api/v1/org/privacy/oktaCommunication/optIn
func (s *OrgSettingsService) OptInOktaCommunicationEmails(ctx context.Context) (*OrgOktaCommunicationSetting, *Response, error) {
	return send[*OrgOktaCommunicationSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/oktaCommunication/optIn"))
}

// OptOutOktaCommunicationEmails opts all the org's users out of Okta's communication emails.
//
//okta:operation optOutUsersFromOktaCommunicationEmails POST /api/v1/org/privacy/oktaCommunication/optOut
func (s *OrgSettingsService) OptOutOktaCommunicationEmails(ctx context.Context) (*OrgOktaCommunicationSetting, *Response, error) {
	return send[*OrgOktaCommunicationSetting](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/oktaCommunication/optOut"))
}

// GetOktaSupportSettings retrieves whether Okta Support may access the org, and until when.
//
//okta:operation getOrgOktaSupportSettings GET /api/v1/org/privacy/oktaSupport
func (s *OrgSettingsService) GetOktaSupportSettings(ctx context.Context) (*OrgOktaSupportSettingsObj, *Response, error) {
	return send[*OrgOktaSupportSettingsObj](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/privacy/oktaSupport"))
}

// ExtendOktaSupport adds 24 hours to the time Okta Support may still access the org.
//
// Deprecated: Okta deprecated this operation: Okta Support's access is now granted, extended and revoked per
// support case, with the updateOktaSupportCase operation (PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}).
//
//okta:operation extendOktaSupport POST /api/v1/org/privacy/oktaSupport/extend
func (s *OrgSettingsService) ExtendOktaSupport(ctx context.Context) (*OrgOktaSupportSettingsObj, *Response, error) {
	return send[*OrgOktaSupportSettingsObj](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/oktaSupport/extend"))
}

// GrantOktaSupport lets Okta Support access the org for 8 hours.
//
// Deprecated: Okta deprecated this operation: Okta Support's access is now granted, extended and revoked per
// support case, with the updateOktaSupportCase operation (PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}).
//
//okta:operation grantOktaSupport POST /api/v1/org/privacy/oktaSupport/grant
func (s *OrgSettingsService) GrantOktaSupport(ctx context.Context) (*OrgOktaSupportSettingsObj, *Response, error) {
	return send[*OrgOktaSupportSettingsObj](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/oktaSupport/grant"))
}

// RevokeOktaSupport ends Okta Support's access to the org.
//
// Deprecated: Okta deprecated this operation: Okta Support's access is now granted, extended and revoked per
// support case, with the updateOktaSupportCase operation (PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}).
//
//okta:operation revokeOktaSupport POST /api/v1/org/privacy/oktaSupport/revoke
func (s *OrgSettingsService) RevokeOktaSupport(ctx context.Context) (*OrgOktaSupportSettingsObj, *Response, error) {
	return send[*OrgOktaSupportSettingsObj](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/privacy/oktaSupport/revoke"))
}

// WellKnownOrgMetadata is the org's public metadata. Links.Href("organization") is the org's Okta URL and
// Links.Href("alternate") its custom domain, if it has one.
type WellKnownOrgMetadata struct {
	ID       string                        `json:"id,omitzero"`
	Pipeline PipelineType                  `json:"pipeline,omitzero"`
	Settings *WellKnownOrgMetadataSettings `json:"settings,omitzero"`
	Links    Links                         `json:"_links,omitzero"`
	Extra    Extra                         `json:"-"`
}

// PipelineType is the authentication pipeline of an org.
type PipelineType string

// PipelineType values.
const (
	// PipelineTypeIdx is Okta Identity Engine.
	PipelineTypeIdx PipelineType = "idx"
	// PipelineTypeV1 is Okta Classic Engine.
	PipelineTypeV1 PipelineType = "v1"
)

// WellKnownOrgMetadataSettings are the public settings of an org.
type WellKnownOrgMetadataSettings struct {
	AnalyticsCollectionEnabled *bool `json:"analyticsCollectionEnabled,omitzero"`
	BugReportingEnabled        *bool `json:"bugReportingEnabled,omitzero"`
	// OmEnabled says whether the legacy Okta Mobile app is enabled for the org.
	OmEnabled *bool `json:"omEnabled,omitzero"`
	Extra     Extra `json:"-"`
}

// OrgSetting is the settings of an org. Okta sends the settings that are not set as null or "": they are kept
// in Extra and sent back by Replace.
type OrgSetting struct {
	ID          string `json:"id,omitzero"`
	Subdomain   string `json:"subdomain,omitzero"`
	CompanyName string `json:"companyName,omitzero"`
	// Status is ACTIVE or INACTIVE; read-only.
	Status      LifecycleStatus `json:"status,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	// ExpiresAt is when a trial org expires.
	ExpiresAt             time.Time `json:"expiresAt,omitzero"`
	Website               string    `json:"website,omitzero"`
	PhoneNumber           string    `json:"phoneNumber,omitzero"`
	EndUserSupportHelpURL string    `json:"endUserSupportHelpURL,omitzero"`
	SupportPhoneNumber    string    `json:"supportPhoneNumber,omitzero"`
	Address1              string    `json:"address1,omitzero"`
	Address2              string    `json:"address2,omitzero"`
	City                  string    `json:"city,omitzero"`
	State                 string    `json:"state,omitzero"`
	Country               string    `json:"country,omitzero"`
	PostalCode            string    `json:"postalCode,omitzero"`
	// Links holds the org's related resources: preferences, uploadLogo, logo, contacts, oktaSupport,
	// oktaCommunication.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// OrgContactType is a kind of org contact.
type OrgContactType string

// OrgContactType values.
const (
	OrgContactTypeBilling   OrgContactType = "BILLING"
	OrgContactTypeTechnical OrgContactType = "TECHNICAL"
)

// OrgContactTypeObj is a contact type of the org, with the link to its user (under the contact type's name in
// lower case: Links.Href("billing")).
type OrgContactTypeObj struct {
	ContactType OrgContactType `json:"contactType,omitzero"`
	Links       Links          `json:"_links,omitzero"`
	Extra       Extra          `json:"-"`
}

// OrgContactUser is the user who is an org contact; Links.Href("user") is the user.
type OrgContactUser struct {
	UserID string `json:"userId,omitzero"`
	Links  Links  `json:"_links,omitzero"`
	Extra  Extra  `json:"-"`
}

// BouncesRemoveListObj is the body of OrgSettingsService.RemoveEmailAddressBounces.
type BouncesRemoveListObj struct {
	EmailAddresses []string `json:"emailAddresses,omitzero"`
	Extra          Extra    `json:"-"`
}

// BouncesRemoveListResult lists the email addresses that could not be removed from the bounce list.
type BouncesRemoveListResult struct {
	Errors []BouncesRemoveListError `json:"errors,omitzero"`
	Extra  Extra                    `json:"-"`
}

// BouncesRemoveListError is an email address that could not be removed from the bounce list, and why.
type BouncesRemoveListError struct {
	EmailAddress string `json:"emailAddress,omitzero"`
	Reason       string `json:"reason,omitzero"`
	Extra        Extra  `json:"-"`
}

// OrgPreferences are the org's preferences. Its Links name the operation that toggles the footer.
type OrgPreferences struct {
	ShowEndUserFooter *bool `json:"showEndUserFooter,omitzero"`
	Links             Links `json:"_links,omitzero"`
	Extra             Extra `json:"-"`
}

// OrgOktaCommunicationSetting says whether the org's users are opted out of Okta's communication emails. Its
// Links name the operation that toggles it.
type OrgOktaCommunicationSetting struct {
	OptOutEmailUsers *bool `json:"optOutEmailUsers,omitzero"`
	Links            Links `json:"_links,omitzero"`
	Extra            Extra `json:"-"`
}

// OrgOktaSupportSettingsObj says whether Okta Support may access the org, and until when. Its Links name the
// operations that change it (grant, extend, revoke).
type OrgOktaSupportSettingsObj struct {
	Support    OrgOktaSupportSetting `json:"support,omitzero"`
	Expiration time.Time             `json:"expiration,omitzero"`
	Links      Links                 `json:"_links,omitzero"`
	// CaseNumber is the Okta Support case the access was granted for.
	CaseNumber string `json:"caseNumber,omitzero"`
	Extra      Extra  `json:"-"`
}

// OrgOktaSupportSetting says whether Okta Support may access the org.
type OrgOktaSupportSetting string

// OrgOktaSupportSetting values.
const (
	OrgOktaSupportSettingDisabled OrgOktaSupportSetting = "DISABLED"
	OrgOktaSupportSettingEnabled  OrgOktaSupportSetting = "ENABLED"
)
