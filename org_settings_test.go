package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// orgSettingsFixture is the org's settings as Okta returned them to getOrgSettings: unset settings are null
// or "".
const orgSettingsFixture = "org_settings/getOrgSettings/test_get_org_settings.0.json"

func TestOrgSettingsMethods(t *testing.T) {
	t.Parallel()
	settings := string(fixture(t, orgSettingsFixture))
	support := string(fixture(t, "org_settings/grantOktaSupport/test_grant_revoke_okta_support.0.json"))
	communication := string(fixture(t, "org_settings/getOktaCommunicationSettings/test_get_okta_communication_settings.0.json"))
	preferences := string(fixture(t, "org_settings/getOrgPreferences/test_get_org_preferences.0.json"))
	contactUser := string(fixture(t, "org_settings/getOrgContactUser/test_get_org_contact_user.0.json"))
	runAPICalls(t, []apiCall{
		{
			name: "Get",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.Get(ctx)
			},
			method: http.MethodGet, path: "/api/v1/org",
			response: []byte(settings),
			check: func(t *testing.T, got any) {
				s := got.(*OrgSetting)
				if s.Subdomain != "test" || s.CompanyName != "okta-test" || !s.Created.Equal(time.Date(2021, 4, 13, 5, 55, 29, 0, time.UTC)) ||
					!s.ExpiresAt.IsZero() || s.Links.Href("logo") == "" {
					t.Errorf("settings = %+v", s)
				}
			},
		},
		{
			name: "Update sends only what is set",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				s := &OrgSetting{CompanyName: "NewOrgName"}
				if err := s.Extra.Set("supportPhoneNumber", ""); err != nil {
					return nil, nil, err
				}
				return c.OrgSettings.Update(ctx, s)
			},
			method: http.MethodPost, path: "/api/v1/org",
			body:     `{"companyName": "NewOrgName", "supportPhoneNumber": ""}`,
			response: []byte(string(fixture(t, "org_settings/updateOrgSettings/test_setting_update.1.json"))),
		},
		{
			name: "Replace",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.Replace(ctx, &OrgSetting{CompanyName: "okta-test", Website: "https://test.okta.com", City: "San Francisco"})
			},
			method: http.MethodPut, path: "/api/v1/org",
			body:     `{"companyName": "okta-test", "website": "https://test.okta.com", "city": "San Francisco"}`,
			response: []byte(settings),
		},
		{
			name: "ListContactTypes",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.ListContactTypes(ctx)
			},
			method: http.MethodGet, path: "/api/v1/org/contacts",
			response: []byte(string(fixture(t, "org_settings/getOrgContactTypes/test_get_org_contact_types.0.json"))),
			check: func(t *testing.T, got any) {
				cs := got.([]OrgContactTypeObj)
				if len(cs) != 2 || cs[0].ContactType != OrgContactTypeBilling || cs[1].Links.Href("technical") == "" {
					t.Errorf("got %+v", cs)
				}
			},
		},
		{
			name: "GetContactUser",
			ids:  []string{string(OrgContactTypeBilling)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.OrgSettings.GetContactUser(ctx, OrgContactType(ids[0]))
			},
			method: http.MethodGet, path: "/api/v1/org/contacts/BILLING",
			response: []byte(contactUser),
			check: func(t *testing.T, got any) {
				if u := got.(*OrgContactUser); u.UserID != "00ukqewta2nwxYyZ25d6" || u.Links.Href("user") == "" {
					t.Errorf("got %+v", u)
				}
			},
		},
		{
			name: "ReplaceContactUser",
			ids:  []string{string(OrgContactTypeTechnical)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.OrgSettings.ReplaceContactUser(ctx, OrgContactType(ids[0]), &OrgContactUser{UserID: "00ukqewta2nwxYyZ25d6"})
			},
			method: http.MethodPut, path: "/api/v1/org/contacts/TECHNICAL",
			body:     `{"userId": "00ukqewta2nwxYyZ25d6"}`,
			response: []byte(string(fixture(t, "org_settings/replaceOrgContactUser/test_update_org_contact_user.1.json"))),
		},
		{
			name: "RemoveEmailAddressBounces",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.RemoveEmailAddressBounces(ctx, &BouncesRemoveListObj{
					EmailAddresses: []string{"name@company.com", "unknown.email@okta.com", "name@okta@com"},
				})
			},
			method: http.MethodPost, path: "/api/v1/org/email/bounces/remove-list",
			// The spec's example request and response.
			body:     `{"emailAddresses": ["name@company.com", "unknown.email@okta.com", "name@okta@com"]}`,
			response: []byte(string(fixture(t, "org_settings/bulkRemoveEmailAddressBounces/spec.example_1.json"))),
			check: func(t *testing.T, got any) {
				r := got.(*BouncesRemoveListResult)
				if len(r.Errors) != 2 || r.Errors[1].EmailAddress != "name@okta@com" || !strings.Contains(r.Errors[1].Reason, "RFC 3696") {
					t.Errorf("got %+v", r)
				}
			},
		},
		{
			name: "GetPreferences",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetPreferences(ctx)
			},
			method: http.MethodGet, path: "/api/v1/org/preferences",
			response: []byte(preferences),
			check: func(t *testing.T, got any) {
				if p := got.(*OrgPreferences); p.ShowEndUserFooter == nil || !*p.ShowEndUserFooter {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "HideEndUserFooter",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.HideEndUserFooter(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/preferences/hideEndUserFooter",
			response: []byte(string(fixture(t, "org_settings/updateOrgHideOktaUIFooter/test_hide_okta_ui_footer.0.json"))),
			check: func(t *testing.T, got any) {
				if p := got.(*OrgPreferences); p.ShowEndUserFooter == nil || *p.ShowEndUserFooter {
					t.Errorf("got %+v", p)
				}
			},
		},
		{
			name: "ShowEndUserFooter",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.ShowEndUserFooter(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/preferences/showEndUserFooter",
			response: []byte(string(fixture(t, "org_settings/updateOrgShowOktaUIFooter/test_show_okta_ui_footer.0.json"))),
		},
		{
			name: "GetOktaCommunicationSettings",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetOktaCommunicationSettings(ctx)
			},
			method: http.MethodGet, path: "/api/v1/org/privacy/oktaCommunication",
			response: []byte(communication),
			check: func(t *testing.T, got any) {
				if s := got.(*OrgOktaCommunicationSetting); s.OptOutEmailUsers == nil || !*s.OptOutEmailUsers || s.Links.Href("optIn") == "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "OptInOktaCommunicationEmails",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.OptInOktaCommunicationEmails(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/privacy/oktaCommunication/optIn",
			response: []byte(string(fixture(t, "org_settings/optInUsersToOktaCommunicationEmails/test_opt_in_users_to_okta_communication_emails.0.json"))),
		},
		{
			name: "OptOutOktaCommunicationEmails",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.OptOutOktaCommunicationEmails(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/privacy/oktaCommunication/optOut",
			response: []byte(communication),
		},
		{
			name: "GetOktaSupportSettings",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetOktaSupportSettings(ctx)
			},
			method: http.MethodGet, path: "/api/v1/org/privacy/oktaSupport",
			response: []byte(string(fixture(t, "org_settings/getOrgOktaSupportSettings/test_get_okta_support_settings.0.json"))),
			check: func(t *testing.T, got any) {
				if s := got.(*OrgOktaSupportSettingsObj); s.Support != OrgOktaSupportSettingDisabled || !s.Expiration.IsZero() || s.Links.Href("grant") == "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "GrantOktaSupport",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GrantOktaSupport(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/privacy/oktaSupport/grant",
			response: []byte(support),
			check: func(t *testing.T, got any) {
				s := got.(*OrgOktaSupportSettingsObj)
				if s.Support != OrgOktaSupportSettingEnabled || !s.Expiration.Equal(time.Date(2021, 8, 31, 17, 34, 43, 0, time.UTC)) {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "ExtendOktaSupport",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.ExtendOktaSupport(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/privacy/oktaSupport/extend",
			response: []byte(string(fixture(t, "org_settings/extendOktaSupport/test_extend_okta_support.1.json"))),
		},
		{
			name: "RevokeOktaSupport",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.RevokeOktaSupport(ctx)
			},
			method: http.MethodPost, path: "/api/v1/org/privacy/oktaSupport/revoke",
			response: []byte(string(fixture(t, "org_settings/revokeOktaSupport/test_extend_okta_support.2.json"))),
		},
	})
}

// TestOrgSettingsGetWellKnownMetadata reads the org's metadata outside /api/v1.
func TestOrgSettingsGetWellKnownMetadata(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	body := fixture(t, "org_settings/getWellknownOrgMetadata/spec.Identity_Engine_Org_with_Custom_Domain.json")
	mux.HandleFunc("/.well-known/okta-organization", func(w http.ResponseWriter, r *http.Request) {
		testMethod(t, r, http.MethodGet)
		testQuery(t, r, nil)
		serveJSON(w, http.StatusOK, body)
	})
	m, _, err := c.OrgSettings.GetWellKnownMetadata(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != "00o47wwoytgsDqEtz0g7" || m.Pipeline != PipelineTypeIdx || m.Settings.OmEnabled == nil || *m.Settings.OmEnabled ||
		m.Links.Href("alternate") != "https://{{yourCustomDomain}}" {
		t.Errorf("metadata = %+v", m)
	}
}

// TestOrgSettingsUploadLogo checks the multipart upload of the org's logo and the errors for a missing file.
func TestOrgSettingsUploadLogo(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("/api/v1/org/logo", func(w http.ResponseWriter, r *http.Request) {
		testMethod(t, r, http.MethodPost)
		checkMultipartFile(t, r, "file", "logo.png", "image/png", "\x89PNG\r\n\x1a\n")
		w.WriteHeader(http.StatusCreated)
	})
	resp, err := c.OrgSettings.UploadLogo(t.Context(), strings.NewReader("\x89PNG\r\n\x1a\n"), "logo.png")
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("resp = %v, err = %v", resp, err)
	}
	if _, err := c.OrgSettings.UploadLogo(t.Context(), nil, "logo.png"); err == nil {
		t.Error("a nil file: no error")
	}
}

// TestOrgSettingsGetChangeReplaceIsLossless gets the recorded settings, changes one and replaces them: the
// PUT body must be everything Okta sent (its nulls and empty strings included) with that one change.
func TestOrgSettingsGetChangeReplaceIsLossless(t *testing.T) {
	t.Parallel()
	var doc map[string]any
	if err := json.Unmarshal(fixture(t, orgSettingsFixture), &doc); err != nil {
		t.Fatal(err)
	}
	doc["city"] = "Paris"
	want, _ := json.Marshal(doc)

	c, mux := setup(t)
	mux.HandleFunc("GET /api/v1/org", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, http.StatusOK, fixture(t, orgSettingsFixture))
	})
	mux.HandleFunc("PUT /api/v1/org", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, string(want))
		serveJSON(w, http.StatusOK, want)
	})
	s, _, err := c.OrgSettings.Get(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	s.City = "Paris"
	if _, _, err := c.OrgSettings.Replace(t.Context(), s); err != nil {
		t.Fatal(err)
	}
}

func TestOrgSettingsRecorded(t *testing.T) {
	t.Parallel()
	settings := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgSetting](t, raw) }
	support := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgOktaSupportSettingsObj](t, raw) }
	communication := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgOktaCommunicationSetting](t, raw) }
	preferences := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgPreferences](t, raw) }
	checkRecordedPayloads(t, "org_settings", map[string]func(*testing.T, []byte){
		"getWellknownOrgMetadata":                func(t *testing.T, raw []byte) { assertRoundTrip[*WellKnownOrgMetadata](t, raw) },
		"getOrgSettings":                         settings,
		"updateOrgSettings":                      settings,
		"getOrgContactTypes":                     func(t *testing.T, raw []byte) { assertRoundTrip[[]OrgContactTypeObj](t, raw) },
		"getOrgContactUser":                      func(t *testing.T, raw []byte) { assertRoundTrip[*OrgContactUser](t, raw) },
		"replaceOrgContactUser":                  func(t *testing.T, raw []byte) { assertRoundTrip[*OrgContactUser](t, raw) },
		"bulkRemoveEmailAddressBounces":          func(t *testing.T, raw []byte) { assertRoundTrip[*BouncesRemoveListResult](t, raw) },
		"getOrgPreferences":                      preferences,
		"updateOrgHideOktaUIFooter":              preferences,
		"updateOrgShowOktaUIFooter":              preferences,
		"getOktaCommunicationSettings":           communication,
		"optInUsersToOktaCommunicationEmails":    communication,
		"optOutUsersFromOktaCommunicationEmails": communication,
		"getOrgOktaSupportSettings":              support,
		"grantOktaSupport":                       support,
		"extendOktaSupport":                      support,
		"revokeOktaSupport":                      support,
	})
}
