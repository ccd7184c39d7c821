package okta

// SMSTemplatesService manages SMS templates. Reach it as client.SMSTemplates.
type SMSTemplatesService service
