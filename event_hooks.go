package okta

import (
	"context"
	"net/http"
	"time"
)

// EventHooksService manages event hooks: outbound calls Okta makes to an HTTPS endpoint of yours when events
// of the types a hook subscribes to occur in the org. A new hook must be verified (Verify) before Okta
// delivers events to it. Reach it as client.EventHooks.
type EventHooksService service

// List returns every event hook of the org. The list is not paginated.
//
//okta:operation listEventHooks GET /api/v1/eventHooks
func (s *EventHooksService) List(ctx context.Context) ([]EventHook, *Response, error) {
	return send[[]EventHook](ctx, s.client, newRequest(http.MethodGet, "/api/v1/eventHooks"))
}

// Create creates an event hook: its name, the event types it subscribes to (Events) and the endpoint Okta
// calls (Channel). The new hook is ACTIVE and UNVERIFIED; call Verify once the endpoint answers Okta's
// one-time verification request.
//
//okta:operation createEventHook POST /api/v1/eventHooks
func (s *EventHooksService) Create(ctx context.Context, hook *EventHook) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/eventHooks").withBody(hook))
}

// Get retrieves an event hook by ID.
//
//okta:operation getEventHook GET /api/v1/eventHooks/{eventHookId}
func (s *EventHooksService) Get(ctx context.Context, eventHookID string) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodGet, "/api/v1/eventHooks/{eventHookId}", eventHookID))
}

// Replace replaces an event hook's name, subscribed events and channel with those of hook. Start from what Get
// returned: members the SDK does not model are sent back too. Okta does not send the channel's secret header
// value back, so set AuthScheme.Value again if the hook authenticates with one.
//
//okta:operation replaceEventHook PUT /api/v1/eventHooks/{eventHookId}
func (s *EventHooksService) Replace(ctx context.Context, eventHookID string, hook *EventHook) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodPut, "/api/v1/eventHooks/{eventHookId}", eventHookID).withBody(hook))
}

// Delete deletes an event hook. Okta deletes only inactive hooks: Deactivate it first.
//
//okta:operation deleteEventHook DELETE /api/v1/eventHooks/{eventHookId}
func (s *EventHooksService) Delete(ctx context.Context, eventHookID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/eventHooks/{eventHookId}", eventHookID))
}

// Activate activates an event hook and returns it.
//
//okta:operation activateEventHook POST /api/v1/eventHooks/{eventHookId}/lifecycle/activate
func (s *EventHooksService) Activate(ctx context.Context, eventHookID string) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/eventHooks/{eventHookId}/lifecycle/activate", eventHookID))
}

// Deactivate deactivates an event hook, which stops Okta from delivering events to it, and returns it.
//
//okta:operation deactivateEventHook POST /api/v1/eventHooks/{eventHookId}/lifecycle/deactivate
func (s *EventHooksService) Deactivate(ctx context.Context, eventHookID string) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate", eventHookID))
}

// Verify has Okta send the one-time verification request to the event hook's endpoint, which must echo the
// X-Okta-Verification-Challenge header's value back. On success the hook's VerificationStatus becomes
// VERIFIED and Okta starts delivering events to it.
//
//okta:operation verifyEventHook POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify
func (s *EventHooksService) Verify(ctx context.Context, eventHookID string) (*EventHook, *Response, error) {
	return send[*EventHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/eventHooks/{eventHookId}/lifecycle/verify", eventHookID))
}

// EventHookVerificationStatus says whether Okta has verified an event hook's endpoint.
type EventHookVerificationStatus string

// EventHookVerificationStatus values.
const (
	EventHookVerificationStatusUnverified EventHookVerificationStatus = "UNVERIFIED"
	EventHookVerificationStatusVerified   EventHookVerificationStatus = "VERIFIED"
)

// EventHookChannelType is the kind of channel Okta delivers events through. HTTP is the only one.
type EventHookChannelType string

// EventHookChannelType values.
const (
	EventHookChannelTypeHTTP EventHookChannelType = "HTTP"
)

// EventHookChannelConfigAuthSchemeType is how an event hook authenticates to its endpoint. HEADER, a secret
// header, is the only one.
type EventHookChannelConfigAuthSchemeType string

// EventHookChannelConfigAuthSchemeType values.
const (
	EventHookChannelConfigAuthSchemeTypeHeader EventHookChannelConfigAuthSchemeType = "HEADER"
)

// EventSubscriptionType is the kind of events an event hook subscribes to.
type EventSubscriptionType string

// EventSubscriptionType values.
const (
	// EventSubscriptionTypeEventType subscribes to System Log event types, such as "user.lifecycle.create".
	EventSubscriptionTypeEventType EventSubscriptionType = "EVENT_TYPE"
	// EventSubscriptionTypeFlowEvent subscribes to Okta Workflows events.
	EventSubscriptionTypeFlowEvent EventSubscriptionType = "FLOW_EVENT"
)

// EventHook is an event hook: the events it subscribes to and the endpoint Okta delivers them to.
type EventHook struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status             LifecycleStatus             `json:"status,omitzero"`
	VerificationStatus EventHookVerificationStatus `json:"verificationStatus,omitzero"`
	Events             *EventSubscriptions         `json:"events,omitzero"`
	Channel            *EventHookChannel           `json:"channel,omitzero"`
	Created            time.Time                   `json:"created,omitzero"`
	// CreatedBy is the ID of the user or client that created the hook.
	CreatedBy   string    `json:"createdBy,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	// Description is what the event hook is for, in the admin's words.
	Description string `json:"description,omitzero"`
	Extra       Extra  `json:"-"`
}

// EventSubscriptions are the events an event hook subscribes to, and the filter that narrows them.
type EventSubscriptions struct {
	Type EventSubscriptionType `json:"type,omitzero"`
	// Items are the event types, such as "user.lifecycle.create".
	Items []string `json:"items,omitzero"`
	// Filter narrows the delivered events of some event types with Okta Expression Language conditions (event
	// hook filters, a self-service Early Access feature). Okta sends null when there is none; that null is kept
	// in Extra.
	Filter *EventHookFilters `json:"filter,omitzero"`
	Extra  Extra             `json:"-"`
}

// EventHookFilters are the filters of an event hook, one per filtered event type.
type EventHookFilters struct {
	// EventFilterMap maps event types to the condition their events must meet to be delivered.
	EventFilterMap []EventHookFilterMapObject `json:"eventFilterMap,omitzero"`
	// Type is read-only: Okta sets it.
	Type  EventHookFilterType `json:"type,omitzero"`
	Extra Extra               `json:"-"`
}

// EventHookFilterType is the language of an event hook's filters.
type EventHookFilterType string

// EventHookFilterType values. Okta may send others; they decode as they are.
const (
	// EventHookFilterTypeExpressionLanguage filters with Okta Expression Language statements.
	EventHookFilterTypeExpressionLanguage EventHookFilterType = "EXPRESSION_LANGUAGE"
)

// EventHookFilterMapObject is the filter of one event type.
type EventHookFilterMapObject struct {
	// Event is the filtered event type, such as "group.user_membership.add".
	Event     string                             `json:"event,omitzero"`
	Condition *EventHookFilterMapObjectCondition `json:"condition,omitzero"`
	Extra     Extra                              `json:"-"`
}

// EventHookFilterMapObjectCondition is the condition an event must meet to be delivered.
type EventHookFilterMapObjectCondition struct {
	// Expression is the Okta Expression Language statement, such as
	// "event.target.?[type eq 'UserGroup'].size()>0 && event.target.?[displayName eq 'Sales'].size()>0".
	Expression string `json:"expression,omitzero"`
	// Version is internal to Okta and read-only (often null, which is kept in Extra).
	Version string `json:"version,omitzero"`
	Extra   Extra  `json:"-"`
}

// EventHookChannel is the endpoint Okta delivers an event hook's events to.
type EventHookChannel struct {
	Type EventHookChannelType `json:"type,omitzero"`
	// Version is the version of the channel; "1.0.0" is the only one.
	Version string                  `json:"version,omitzero"`
	Config  *EventHookChannelConfig `json:"config,omitzero"`
	Extra   Extra                   `json:"-"`
}

// EventHookChannelConfig is the address of an event hook's endpoint and how Okta authenticates to it.
type EventHookChannelConfig struct {
	// URI is the endpoint's HTTPS URL.
	URI string `json:"uri,omitzero"`
	// Headers are sent with every delivery.
	Headers    []EventHookChannelConfigHeader    `json:"headers,omitzero"`
	AuthScheme *EventHookChannelConfigAuthScheme `json:"authScheme,omitzero"`
	// Method is the HTTP method of the deliveries (POST). It is not in the 5.1.0 API description; Okta sends
	// it.
	Method string `json:"method,omitzero"`
	Extra  Extra  `json:"-"`
}

// EventHookChannelConfigHeader is a header Okta sends with every delivery of an event hook.
type EventHookChannelConfigHeader struct {
	Key   string `json:"key,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// EventHookChannelConfigAuthScheme is the secret header an event hook sends to authenticate to its endpoint:
// Key is the header's name, Value its secret value (write-only: Okta never returns it).
type EventHookChannelConfigAuthScheme struct {
	Type  EventHookChannelConfigAuthSchemeType `json:"type,omitzero"`
	Key   string                               `json:"key,omitzero"`
	Value string                               `json:"value,omitzero"`
	Extra Extra                                `json:"-"`
}
