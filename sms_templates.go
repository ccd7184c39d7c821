package okta

import (
	"context"
	"net/http"
	"time"
)

// SMSTemplatesService manages custom SMS templates: the text of the SMS messages Okta sends (the verification
// code message), with a translation per language. Reach it as client.SMSTemplates.
type SMSTemplatesService service

// List returns the org's custom SMS templates, those of opts.TemplateType only when it is set. The list is not
// paginated.
//
//okta:operation listSmsTemplates GET /api/v1/templates/sms
func (s *SMSTemplatesService) List(ctx context.Context, opts *SMSTemplatesListOptions) ([]SMSTemplate, *Response, error) {
	return send[[]SMSTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/templates/sms").withQuery(opts))
}

// Create creates a custom SMS template. Name, Type and Template are required; Template should contain the
// ${code} variable, which Okta replaces with the verification code.
//
//okta:operation createSmsTemplate POST /api/v1/templates/sms
func (s *SMSTemplatesService) Create(ctx context.Context, template *SMSTemplate) (*SMSTemplate, *Response, error) {
	return send[*SMSTemplate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/templates/sms").withBody(template))
}

// Get retrieves an SMS template by ID.
//
//okta:operation getSmsTemplate GET /api/v1/templates/sms/{templateId}
func (s *SMSTemplatesService) Get(ctx context.Context, templateID string) (*SMSTemplate, *Response, error) {
	return send[*SMSTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/templates/sms/{templateId}", templateID))
}

// Update changes the attributes of an SMS template that are set in template and leaves the others as they
// are (a partial update).
//
//okta:operation updateSmsTemplate POST /api/v1/templates/sms/{templateId}
func (s *SMSTemplatesService) Update(ctx context.Context, templateID string, template *SMSTemplate) (*SMSTemplate, *Response, error) {
	return send[*SMSTemplate](ctx, s.client, newRequest(http.MethodPost, "/api/v1/templates/sms/{templateId}", templateID).withBody(template))
}

// Replace replaces an SMS template with template: translations it leaves out are removed.
//
//okta:operation replaceSmsTemplate PUT /api/v1/templates/sms/{templateId}
func (s *SMSTemplatesService) Replace(ctx context.Context, templateID string, template *SMSTemplate) (*SMSTemplate, *Response, error) {
	return send[*SMSTemplate](ctx, s.client, newRequest(http.MethodPut, "/api/v1/templates/sms/{templateId}", templateID).withBody(template))
}

// Delete deletes a custom SMS template.
//
//okta:operation deleteSmsTemplate DELETE /api/v1/templates/sms/{templateId}
func (s *SMSTemplatesService) Delete(ctx context.Context, templateID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/templates/sms/{templateId}", templateID))
}

// SMSTemplatesListOptions are the parameters of SMSTemplatesService.List.
type SMSTemplatesListOptions struct {
	// TemplateType returns only the templates of this type.
	TemplateType SMSTemplateType `url:"templateType"`
}

// SMSTemplateType is the kind of message an SMS template is for.
type SMSTemplateType string

// SMSTemplateType values. Okta may send others; they decode as they are.
const (
	SMSTemplateTypeVerifyCode SMSTemplateType = "SMS_VERIFY_CODE"
)

// SMSTemplate is a custom SMS template.
type SMSTemplate struct {
	ID   string          `json:"id,omitzero"`
	Name string          `json:"name,omitzero"`
	Type SMSTemplateType `json:"type,omitzero"`
	// Template is the message text in the default language. It may use the variables ${org.name} and ${code}.
	Template     string                  `json:"template,omitzero"`
	Translations SMSTemplateTranslations `json:"translations,omitzero"`
	Created      time.Time               `json:"created,omitzero"`
	LastUpdated  time.Time               `json:"lastUpdated,omitzero"`
	Extra        Extra                   `json:"-"`
}

// SMSTemplateTranslations maps a language code (such as "fr" or "es") to the template's text in that
// language.
type SMSTemplateTranslations map[string]string
