package okta

import (
	"context"
	"net/http"
)

// CAPTCHAsService manages the org's CAPTCHA instances (hCaptcha or reCAPTCHA v2 keys) and the org-wide
// CAPTCHA settings that choose which instance protects which pages. Reach it as client.CAPTCHAs.
//
// An org has at most one CAPTCHA instance: Create a second one and Okta refuses with E0000166.
type CAPTCHAsService service

// List returns the org's CAPTCHA instances. The list is not paginated (an org has at most one instance).
//
//okta:operation listCaptchaInstances GET /api/v1/captchas
func (s *CAPTCHAsService) List(ctx context.Context) ([]CAPTCHAInstance, *Response, error) {
	return send[[]CAPTCHAInstance](ctx, s.client, newRequest(http.MethodGet, "/api/v1/captchas"))
}

// Create creates a CAPTCHA instance from the site key and secret key issued by the provider. An org can have
// only one: Okta refuses a second with E0000166 (403).
//
//okta:operation createCaptchaInstance POST /api/v1/captchas
func (s *CAPTCHAsService) Create(ctx context.Context, instance *CAPTCHAInstance) (*CAPTCHAInstance, *Response, error) {
	return send[*CAPTCHAInstance](ctx, s.client, newRequest(http.MethodPost, "/api/v1/captchas").withBody(instance))
}

// Get retrieves a CAPTCHA instance by ID. Okta never returns the secret key.
//
//okta:operation getCaptchaInstance GET /api/v1/captchas/{captchaId}
func (s *CAPTCHAsService) Get(ctx context.Context, captchaID string) (*CAPTCHAInstance, *Response, error) {
	return send[*CAPTCHAInstance](ctx, s.client, newRequest(http.MethodGet, "/api/v1/captchas/{captchaId}", captchaID))
}

// Update changes the properties of a CAPTCHA instance that are set in instance and leaves the others as they
// are (a partial update).
//
//okta:operation updateCaptchaInstance POST /api/v1/captchas/{captchaId}
func (s *CAPTCHAsService) Update(ctx context.Context, captchaID string, instance *CAPTCHAInstance) (*CAPTCHAInstance, *Response, error) {
	return send[*CAPTCHAInstance](ctx, s.client, newRequest(http.MethodPost, "/api/v1/captchas/{captchaId}", captchaID).withBody(instance))
}

// Replace replaces the properties of a CAPTCHA instance with those of instance. Okta does not return the
// secret key, so a value from Get must have its SecretKey set again before it is sent back.
//
//okta:operation replaceCaptchaInstance PUT /api/v1/captchas/{captchaId}
func (s *CAPTCHAsService) Replace(ctx context.Context, captchaID string, instance *CAPTCHAInstance) (*CAPTCHAInstance, *Response, error) {
	return send[*CAPTCHAInstance](ctx, s.client, newRequest(http.MethodPut, "/api/v1/captchas/{captchaId}", captchaID).withBody(instance))
}

// Delete deletes a CAPTCHA instance. Okta refuses while the org-wide CAPTCHA settings still use the instance:
// call DeleteOrgSettings (or ReplaceOrgSettings with another instance) first.
//
//okta:operation deleteCaptchaInstance DELETE /api/v1/captchas/{captchaId}
func (s *CAPTCHAsService) Delete(ctx context.Context, captchaID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/captchas/{captchaId}", captchaID))
}

// GetOrgSettings retrieves the org-wide CAPTCHA settings: which instance is used on which pages. An org that
// has none answers with a null CaptchaID and no pages, both kept in the result's Extra.
//
//okta:operation getOrgCaptchaSettings GET /api/v1/org/captcha
func (s *CAPTCHAsService) GetOrgSettings(ctx context.Context) (*OrgCAPTCHASettings, *Response, error) {
	return send[*OrgCAPTCHASettings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/captcha"))
}

// ReplaceOrgSettings replaces the org-wide CAPTCHA settings and returns them as Okta stored them. To turn
// CAPTCHA off for the org, call DeleteOrgSettings, or send null members through Extra:
//
//	off := &okta.OrgCAPTCHASettings{}
//	off.Extra.Set("captchaId", nil)
//	off.Extra.Set("enabledPages", nil)
//
//okta:operation replacesOrgCaptchaSettings PUT /api/v1/org/captcha
func (s *CAPTCHAsService) ReplaceOrgSettings(ctx context.Context, settings *OrgCAPTCHASettings) (*OrgCAPTCHASettings, *Response, error) {
	return send[*OrgCAPTCHASettings](ctx, s.client, newRequest(http.MethodPut, "/api/v1/org/captcha").withBody(settings))
}

// DeleteOrgSettings deletes the org-wide CAPTCHA settings, turning CAPTCHA off on every page. Okta answers 204
// even when there were no settings.
//
//okta:operation deleteOrgCaptchaSettings DELETE /api/v1/org/captcha
func (s *CAPTCHAsService) DeleteOrgSettings(ctx context.Context) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/org/captcha"))
}

// CAPTCHAType is the provider of a CAPTCHA instance.
type CAPTCHAType string

// CAPTCHAType values. Okta may send others; they decode as they are.
const (
	CAPTCHATypeHCaptcha    CAPTCHAType = "HCAPTCHA"
	CAPTCHATypeReCAPTCHAV2 CAPTCHAType = "RECAPTCHA_V2"
)

// CAPTCHAInstance is a CAPTCHA provider configured for the org: the keys the provider issued.
type CAPTCHAInstance struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// SecretKey is the key Okta uses to validate CAPTCHA tokens with the provider. It is sent, never returned.
	SecretKey string `json:"secretKey,omitzero"`
	// SiteKey is the key that renders the CAPTCHA on a page.
	SiteKey string      `json:"siteKey,omitzero"`
	Type    CAPTCHAType `json:"type,omitzero"`
	Links   Links       `json:"_links,omitzero"`
	Extra   Extra       `json:"-"`
}

// EnabledPagesType is a page on which CAPTCHA can be turned on.
type EnabledPagesType string

// EnabledPagesType values. Okta may send others; they decode as they are.
const (
	EnabledPagesSignIn EnabledPagesType = "SIGN_IN" // the sign-in page
	EnabledPagesSSPR   EnabledPagesType = "SSPR"    // self-service password recovery
	EnabledPagesSSR    EnabledPagesType = "SSR"     // self-service registration
)

// OrgCAPTCHASettings are the org-wide CAPTCHA settings: the instance in use and the pages it protects.
type OrgCAPTCHASettings struct {
	// CAPTCHAID is the ID of the CAPTCHA instance in use.
	CAPTCHAID string `json:"captchaId,omitzero"`
	// EnabledPages are the pages on which CAPTCHA is on.
	EnabledPages []EnabledPagesType `json:"enabledPages,omitzero"`
	Links        Links              `json:"_links,omitzero"`
	Extra        Extra              `json:"-"`
}
