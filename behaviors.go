package okta

import (
	"context"
	"net/http"
	"time"
)

// BehaviorsService manages behavior detection rules: the patterns of sign-in behavior (a new device, IP address,
// network (ASN) or location, an impossible travel velocity) that policies can react to. Reach it as
// client.Behaviors.
//
// A rule's Go type depends on its type; switch on it to reach its settings:
//
//	rules, _, err := client.Behaviors.List(ctx)
//	for _, rule := range rules {
//		if v, ok := rule.(*okta.BehaviorRuleVelocity); ok {
//			fmt.Println(v.Name, v.Settings.VelocityKph)
//		}
//	}
type BehaviorsService service

// List returns all the behavior detection rules of the org. The list is not paginated. A rule of a type this
// SDK does not know is an *UnknownBehaviorRule.
//
//okta:operation listBehaviorDetectionRules GET /api/v1/behaviors
func (s *BehaviorsService) List(ctx context.Context) ([]BehaviorRule, *Response, error) {
	return send[[]BehaviorRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/behaviors"))
}

// Create creates a behavior detection rule. rule is one of the concrete rule types with its Name and Type
// set. Okta answers 201 Created with the rule, active.
//
//okta:operation createBehaviorDetectionRule POST /api/v1/behaviors
func (s *BehaviorsService) Create(ctx context.Context, rule BehaviorRule) (BehaviorRule, *Response, error) {
	return send[BehaviorRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/behaviors").withBody(rule))
}

// Get retrieves a behavior detection rule by ID.
//
//okta:operation getBehaviorDetectionRule GET /api/v1/behaviors/{behaviorId}
func (s *BehaviorsService) Get(ctx context.Context, behaviorID string) (BehaviorRule, *Response, error) {
	return send[BehaviorRule](ctx, s.client, newRequest(http.MethodGet, "/api/v1/behaviors/{behaviorId}", behaviorID))
}

// Replace replaces a behavior detection rule with rule. Start from what Get returned: every member Okta sent
// is sent back.
//
//okta:operation replaceBehaviorDetectionRule PUT /api/v1/behaviors/{behaviorId}
func (s *BehaviorsService) Replace(ctx context.Context, behaviorID string, rule BehaviorRule) (BehaviorRule, *Response, error) {
	return send[BehaviorRule](ctx, s.client, newRequest(http.MethodPut, "/api/v1/behaviors/{behaviorId}", behaviorID).withBody(rule))
}

// Delete deletes a behavior detection rule. Okta refuses while a policy uses it.
//
//okta:operation deleteBehaviorDetectionRule DELETE /api/v1/behaviors/{behaviorId}
func (s *BehaviorsService) Delete(ctx context.Context, behaviorID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/behaviors/{behaviorId}", behaviorID))
}

// Activate activates a behavior detection rule and returns it.
//
//okta:operation activateBehaviorDetectionRule POST /api/v1/behaviors/{behaviorId}/lifecycle/activate
func (s *BehaviorsService) Activate(ctx context.Context, behaviorID string) (BehaviorRule, *Response, error) {
	return send[BehaviorRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/behaviors/{behaviorId}/lifecycle/activate", behaviorID))
}

// Deactivate deactivates a behavior detection rule and returns it.
//
//okta:operation deactivateBehaviorDetectionRule POST /api/v1/behaviors/{behaviorId}/lifecycle/deactivate
func (s *BehaviorsService) Deactivate(ctx context.Context, behaviorID string) (BehaviorRule, *Response, error) {
	return send[BehaviorRule](ctx, s.client, newRequest(http.MethodPost, "/api/v1/behaviors/{behaviorId}/lifecycle/deactivate", behaviorID))
}

// BehaviorRule is a behavior detection rule. Its concrete type depends on its type:
//
//	ANOMALOUS_ASN       *BehaviorRuleASN
//	ANOMALOUS_DEVICE    *BehaviorRuleAnomalousDevice
//	ANOMALOUS_IP        *BehaviorRuleAnomalousIP
//	ANOMALOUS_LOCATION  *BehaviorRuleAnomalousLocation
//	VELOCITY            *BehaviorRuleVelocity
//	anything else       *UnknownBehaviorRule
//
// Every one keeps the members it does not model in its Extra.
type BehaviorRule interface {
	// Base returns the members every kind of rule has, to read or change them.
	Base() *BehaviorRuleBase
	// isBehaviorRule seals the interface: only this package's types are BehaviorRules.
	isBehaviorRule()
}

func init() {
	registerUnion(unionOf[BehaviorRule, UnknownBehaviorRule]("type",
		kindOf[BehaviorRuleASN](BehaviorRuleTypeAnomalousASN),
		kindOf[BehaviorRuleAnomalousDevice](BehaviorRuleTypeAnomalousDevice),
		kindOf[BehaviorRuleAnomalousIP](BehaviorRuleTypeAnomalousIP),
		kindOf[BehaviorRuleAnomalousLocation](BehaviorRuleTypeAnomalousLocation),
		kindOf[BehaviorRuleVelocity](BehaviorRuleTypeVelocity),
	))
}

// BehaviorRuleType is the kind of behavior a rule detects. It decides the rule's Go type.
type BehaviorRuleType string

// BehaviorRuleType values. Okta may send others; they decode to an UnknownBehaviorRule.
const (
	BehaviorRuleTypeAnomalousASN      BehaviorRuleType = "ANOMALOUS_ASN"
	BehaviorRuleTypeAnomalousDevice   BehaviorRuleType = "ANOMALOUS_DEVICE"
	BehaviorRuleTypeAnomalousIP       BehaviorRuleType = "ANOMALOUS_IP"
	BehaviorRuleTypeAnomalousLocation BehaviorRuleType = "ANOMALOUS_LOCATION"
	BehaviorRuleTypeVelocity          BehaviorRuleType = "VELOCITY"
)

// BehaviorRuleBase holds the members every kind of behavior detection rule has. Each rule type embeds it;
// reach it through any BehaviorRule with Base.
type BehaviorRuleBase struct {
	ID string `json:"id,omitzero"`
	// Name is unique in the org, at most 128 characters.
	Name string           `json:"name,omitzero"`
	Type BehaviorRuleType `json:"type,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      LifecycleStatus `json:"status,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	// Link is the rule's links as the 5.1.0 API description names them ("_link"); Okta's other resources, and
	// possibly this one, call them _links (Links).
	Link  Links `json:"_link,omitzero"`
	Links Links `json:"_links,omitzero"`
}

func (*BehaviorRuleBase) isBehaviorRule() {}

// BehaviorRuleASN detects a sign-in from an autonomous system number (the network an IP address belongs to) not
// seen in the user's recent history (ANOMALOUS_ASN).
type BehaviorRuleASN struct {
	BehaviorRuleBase
	Settings *BehaviorRuleSettingsAnomalousASN `json:"settings,omitzero"`
	Extra    Extra                             `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *BehaviorRuleASN) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// BehaviorRuleAnomalousDevice detects a sign-in from a device not seen in the user's recent history.
type BehaviorRuleAnomalousDevice struct {
	BehaviorRuleBase
	Settings *BehaviorRuleSettingsAnomalousDevice `json:"settings,omitzero"`
	Extra    Extra                                `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *BehaviorRuleAnomalousDevice) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// BehaviorRuleAnomalousIP detects a sign-in from an IP address not seen in the user's recent history.
type BehaviorRuleAnomalousIP struct {
	BehaviorRuleBase
	Settings *BehaviorRuleSettingsAnomalousIP `json:"settings,omitzero"`
	Extra    Extra                            `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *BehaviorRuleAnomalousIP) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// BehaviorRuleAnomalousLocation detects a sign-in from a location not seen in the user's recent history.
type BehaviorRuleAnomalousLocation struct {
	BehaviorRuleBase
	Settings *BehaviorRuleSettingsAnomalousLocation `json:"settings,omitzero"`
	Extra    Extra                                  `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *BehaviorRuleAnomalousLocation) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// BehaviorRuleVelocity detects a sign-in from a location too far from the previous one to have travelled in
// between.
type BehaviorRuleVelocity struct {
	BehaviorRuleBase
	Settings *BehaviorRuleSettingsVelocity `json:"settings,omitzero"`
	Extra    Extra                         `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *BehaviorRuleVelocity) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// UnknownBehaviorRule is a rule whose type this SDK does not know. Its settings are kept as Okta sent them.
type UnknownBehaviorRule struct {
	BehaviorRuleBase
	Settings Extra `json:"settings,omitzero"`
	Extra    Extra `json:"-"`
}

// Base returns the members every kind of rule has.
func (r *UnknownBehaviorRule) Base() *BehaviorRuleBase { return &r.BehaviorRuleBase }

// BehaviorRuleSettingsAnomalousDevice are the settings of a BehaviorRuleAnomalousDevice: how much of the
// user's sign-in history it looks at.
type BehaviorRuleSettingsAnomalousDevice struct {
	// MaxEventsUsedForEvaluation is how many recent sign-ins to compare with, 1 to 100 (Okta's default 20).
	MaxEventsUsedForEvaluation int `json:"maxEventsUsedForEvaluation,omitzero"`
	// MinEventsNeededForEvaluation is how many sign-ins a user needs before the rule applies, 0 to 10.
	MinEventsNeededForEvaluation *int  `json:"minEventsNeededForEvaluation,omitzero"`
	Extra                        Extra `json:"-"`
}

// BehaviorRuleSettingsAnomalousASN are the settings of a BehaviorRuleASN: how much of the user's sign-in history
// it looks at.
type BehaviorRuleSettingsAnomalousASN struct {
	// MaxEventsUsedForEvaluation is how many recent sign-ins to compare with, 1 to 100 (Okta's default 20).
	MaxEventsUsedForEvaluation int `json:"maxEventsUsedForEvaluation,omitzero"`
	// MinEventsNeededForEvaluation is how many sign-ins a user needs before the rule applies, 0 to 10.
	MinEventsNeededForEvaluation *int  `json:"minEventsNeededForEvaluation,omitzero"`
	Extra                        Extra `json:"-"`
}

// BehaviorRuleSettingsAnomalousIP are the settings of a BehaviorRuleAnomalousIP.
type BehaviorRuleSettingsAnomalousIP struct {
	// MaxEventsUsedForEvaluation is how many recent sign-ins to compare with, 0 to 100 (Okta's default 50).
	MaxEventsUsedForEvaluation *int `json:"maxEventsUsedForEvaluation,omitzero"`
	// MinEventsNeededForEvaluation is how many sign-ins a user needs before the rule applies, 0 to 10.
	MinEventsNeededForEvaluation *int  `json:"minEventsNeededForEvaluation,omitzero"`
	Extra                        Extra `json:"-"`
}

// BehaviorRuleSettingsAnomalousLocation are the settings of a BehaviorRuleAnomalousLocation.
type BehaviorRuleSettingsAnomalousLocation struct {
	// MaxEventsUsedForEvaluation is how many recent sign-ins to compare with, 1 to 100 (Okta's default 20).
	MaxEventsUsedForEvaluation int `json:"maxEventsUsedForEvaluation,omitzero"`
	// MinEventsNeededForEvaluation is how many sign-ins a user needs before the rule applies, 0 to 10.
	MinEventsNeededForEvaluation *int `json:"minEventsNeededForEvaluation,omitzero"`
	// Granularity is how precisely locations are compared (required).
	Granularity LocationGranularity `json:"granularity,omitzero"`
	// RadiusKilometers is the radius around known locations, with Granularity LAT_LONG.
	RadiusKilometers int   `json:"radiusKilometers,omitzero"`
	Extra            Extra `json:"-"`
}

// BehaviorRuleSettingsVelocity are the settings of a BehaviorRuleVelocity.
type BehaviorRuleSettingsVelocity struct {
	// VelocityKph is the fastest plausible travel speed between two sign-ins, in km/h (Okta's default 805).
	VelocityKph int   `json:"velocityKph,omitzero"`
	Extra       Extra `json:"-"`
}

// LocationGranularity is how precisely a BehaviorRuleAnomalousLocation compares locations.
type LocationGranularity string

// LocationGranularity values.
const (
	LocationGranularityCity        LocationGranularity = "CITY"
	LocationGranularityCountry     LocationGranularity = "COUNTRY"
	LocationGranularityLatLong     LocationGranularity = "LAT_LONG"
	LocationGranularitySubdivision LocationGranularity = "SUBDIVISION"
)
