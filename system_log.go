package okta

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// SystemLogService reads the System Log: the org's audit trail of sign-ins, admin changes and other events.
// Reach it as client.SystemLog.
//
// The log can be read two ways. A bounded query (opts.Until set, or opts.SortOrder DESCENDING) ends: Okta stops
// linking a next page after the last event. A polling query (opts.Since without Until) never ends on Okta's
// side: every page, even an empty one, links to the next, which returns the events logged since. ListIter stops
// at the first empty page; its Response().After is then the cursor to poll from later, in opts.After.
type SystemLogService service

// List returns one page of the log events that match opts. Pass resp.After back in opts.After to fetch the next
// page, or use ListIter.
//
//okta:operation listLogEvents GET /api/v1/logs
func (s *SystemLogService) List(ctx context.Context, opts *SystemLogListOptions) ([]LogEvent, *Response, error) {
	return send[[]LogEvent](ctx, s.client, newRequest(http.MethodGet, "/api/v1/logs").withQuery(opts))
}

// ListIter returns an iterator over the log events that match opts, fetching pages as it goes. It stops at the
// end of a bounded query and, for a polling query, at the first empty page (see SystemLogService).
func (s *SystemLogService) ListIter(ctx context.Context, opts *SystemLogListOptions) *Iterator[LogEvent] {
	it := newIterator[LogEvent](ctx, s.client, newRequest(http.MethodGet, "/api/v1/logs").withQuery(opts))
	fetch := it.fetch
	it.fetch = func(ctx context.Context, next *url.URL) ([]LogEvent, *Response, error) {
		page, resp, err := fetch(ctx, next)
		if err == nil && len(page) == 0 && resp != nil {
			// A polling query links an empty page to itself: it has caught up with the log. Keep After to poll
			// from, but end the iteration.
			resp.next = nil
		}
		return page, resp, err
	}
	return it
}

// SystemLogListOptions are the parameters of SystemLogService.List.
type SystemLogListOptions struct {
	// Since lists the events logged at or after this time (Okta's default is 7 days ago; the log keeps 90 days).
	Since time.Time `url:"since"`
	// Until lists the events logged before this time, which makes the query bounded.
	Until time.Time `url:"until"`
	// Filter is a SCIM filter expression on the events' attributes, e.g.
	// `eventType eq "user.session.start" and outcome.result eq "FAILURE"`.
	Filter string `url:"filter"`
	// Q finds the events with all these space-separated words in their text attributes.
	Q string `url:"q"`
	// Limit is the page size (Okta's default is 100, its maximum 1000).
	Limit int `url:"limit"`
	// SortOrder is ASCENDING (the default) or DESCENDING, by published time.
	SortOrder LogSortOrder `url:"sortOrder"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// LogEvent is an event of the System Log: who (Actor) did what (EventType, DisplayMessage) to what (Target),
// from where (Client, Request), with what result (Outcome).
type LogEvent struct {
	UUID      string    `json:"uuid,omitzero"`
	Published time.Time `json:"published,omitzero"`
	// EventType is the event's type, e.g. "user.session.start".
	EventType       string      `json:"eventType,omitzero"`
	LegacyEventType string      `json:"legacyEventType,omitzero"`
	Version         string      `json:"version,omitzero"`
	Severity        LogSeverity `json:"severity,omitzero"`
	DisplayMessage  string      `json:"displayMessage,omitzero"`

	Actor                 *LogActor                 `json:"actor,omitzero"`
	Client                *LogClient                `json:"client,omitzero"`
	Request               *LogRequest               `json:"request,omitzero"`
	Outcome               *LogOutcome               `json:"outcome,omitzero"`
	Target                []LogTarget               `json:"target,omitzero"`
	Transaction           *LogTransaction           `json:"transaction,omitzero"`
	DebugContext          *LogDebugContext          `json:"debugContext,omitzero"`
	AuthenticationContext *LogAuthenticationContext `json:"authenticationContext,omitzero"`
	SecurityContext       *LogSecurityContext       `json:"securityContext,omitzero"`
	Extra                 Extra                     `json:"-"`
}

// LogSeverity is the severity of a log event.
type LogSeverity string

// LogSeverity values.
const (
	LogSeverityDebug LogSeverity = "DEBUG"
	LogSeverityError LogSeverity = "ERROR"
	LogSeverityInfo  LogSeverity = "INFO"
	LogSeverityWarn  LogSeverity = "WARN"
)

// LogActor is who performed the action of a log event: a user, an app, Okta itself.
type LogActor struct {
	ID          string `json:"id,omitzero"`
	Type        string `json:"type,omitzero"`
	AlternateID string `json:"alternateId,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	// DetailEntry holds more details about the actor, as Okta sent them.
	DetailEntry Extra `json:"detailEntry,omitzero"`
	Extra       Extra `json:"-"`
}

// LogTarget is an entity a log event's action acted on.
type LogTarget struct {
	ID          string `json:"id,omitzero"`
	Type        string `json:"type,omitzero"`
	AlternateID string `json:"alternateId,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	// DetailEntry holds more details about the target, as Okta sent them.
	DetailEntry Extra `json:"detailEntry,omitzero"`
	// ChangeDetails holds the attributes of the target that the event changed, before and after; read it with Get or Attr.
	ChangeDetails Extra `json:"changeDetails,omitzero"`
	Extra         Extra `json:"-"`
}

// LogClient is the client (browser, app, device) that made the request of a log event.
type LogClient struct {
	ID                  string                  `json:"id,omitzero"`
	Device              string                  `json:"device,omitzero"`
	IPAddress           string                  `json:"ipAddress,omitzero"`
	Zone                string                  `json:"zone,omitzero"`
	UserAgent           *LogUserAgent           `json:"userAgent,omitzero"`
	GeographicalContext *LogGeographicalContext `json:"geographicalContext,omitzero"`
	Extra               Extra                   `json:"-"`
}

// LogUserAgent is the user agent of a log event's client, as sent and as Okta read it.
type LogUserAgent struct {
	Browser      string `json:"browser,omitzero"`
	OS           string `json:"os,omitzero"`
	RawUserAgent string `json:"rawUserAgent,omitzero"`
	Extra        Extra  `json:"-"`
}

// LogGeographicalContext is where an IP address is, as far as Okta can tell.
type LogGeographicalContext struct {
	City        string          `json:"city,omitzero"`
	State       string          `json:"state,omitzero"`
	Country     string          `json:"country,omitzero"`
	PostalCode  string          `json:"postalCode,omitzero"`
	Geolocation *LogGeolocation `json:"geolocation,omitzero"`
	Extra       Extra           `json:"-"`
}

// LogGeolocation is a latitude and longitude.
type LogGeolocation struct {
	Lat   *float64 `json:"lat,omitzero"`
	Lon   *float64 `json:"lon,omitzero"`
	Extra Extra    `json:"-"`
}

// LogRequest is the HTTP request of a log event: the IP addresses it went through.
type LogRequest struct {
	IPChain []LogIPAddress `json:"ipChain,omitzero"`
	Extra   Extra          `json:"-"`
}

// LogIPAddress is one IP address of a request's chain of proxies.
type LogIPAddress struct {
	IP                  string                  `json:"ip,omitzero"`
	Version             string                  `json:"version,omitzero"`
	Source              string                  `json:"source,omitzero"`
	GeographicalContext *LogGeographicalContext `json:"geographicalContext,omitzero"`
	// IPDetails is what Okta knows about the IP address: its autonomous system, domain, ISP and the services
	// (VPN, proxy, Tor) that use it.
	IPDetails *LogIPDetails `json:"ipDetails,omitzero"`
	Extra     Extra         `json:"-"`
}

// LogOutcome is the result of a log event's action.
type LogOutcome struct {
	// Result is SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE or UNKNOWN.
	Result LogOutcomeResult `json:"result,omitzero"`
	Reason string           `json:"reason,omitzero"`
	Extra  Extra            `json:"-"`
}

// LogTransaction is the transaction (web request or job) a log event happened in.
type LogTransaction struct {
	ID   string `json:"id,omitzero"`
	Type string `json:"type,omitzero"`
	// Detail holds more details about the transaction, as Okta sent them.
	Detail Extra `json:"detail,omitzero"`
	Extra  Extra `json:"-"`
}

// LogDebugContext holds the debugging details of a log event.
type LogDebugContext struct {
	// DebugData holds the details, as Okta sent them (requestUri, threatSuspected, ...).
	DebugData Extra `json:"debugData,omitzero"`
	Extra     Extra `json:"-"`
}

// LogAuthenticationContext describes how the actor of a log event authenticated.
type LogAuthenticationContext struct {
	AuthenticationProvider LogAuthenticationProvider `json:"authenticationProvider,omitzero"`
	AuthenticationStep     *int                      `json:"authenticationStep,omitzero"`
	CredentialProvider     LogCredentialProvider     `json:"credentialProvider,omitzero"`
	CredentialType         LogCredentialType         `json:"credentialType,omitzero"`
	ExternalSessionID      string                    `json:"externalSessionId,omitzero"`
	Interface              string                    `json:"interface,omitzero"`
	Issuer                 *LogIssuer                `json:"issuer,omitzero"`
	Extra                  Extra                     `json:"-"`
}

// LogIssuer is the issuer of the credential an actor authenticated with.
type LogIssuer struct {
	ID    string `json:"id,omitzero"`
	Type  string `json:"type,omitzero"`
	Extra Extra  `json:"-"`
}

// LogAuthenticationProvider is the system that authenticated an actor.
type LogAuthenticationProvider string

// LogAuthenticationProvider values.
const (
	LogAuthenticationProviderActiveDirectory            LogAuthenticationProvider = "ACTIVE_DIRECTORY"
	LogAuthenticationProviderFactorProvider             LogAuthenticationProvider = "FACTOR_PROVIDER"
	LogAuthenticationProviderFederation                 LogAuthenticationProvider = "FEDERATION"
	LogAuthenticationProviderLDAP                       LogAuthenticationProvider = "LDAP"
	LogAuthenticationProviderOktaAuthenticationProvider LogAuthenticationProvider = "OKTA_AUTHENTICATION_PROVIDER"
	LogAuthenticationProviderSocial                     LogAuthenticationProvider = "SOCIAL"
)

// LogCredentialProvider is the provider of the credential an actor authenticated with.
type LogCredentialProvider string

// LogCredentialProvider values.
const (
	LogCredentialProviderDuo                        LogCredentialProvider = "DUO"
	LogCredentialProviderGoogle                     LogCredentialProvider = "GOOGLE"
	LogCredentialProviderOktaAuthenticationProvider LogCredentialProvider = "OKTA_AUTHENTICATION_PROVIDER"
	LogCredentialProviderOktaCredentialProvider     LogCredentialProvider = "OKTA_CREDENTIAL_PROVIDER"
	LogCredentialProviderRSA                        LogCredentialProvider = "RSA"
	LogCredentialProviderSymantec                   LogCredentialProvider = "SYMANTEC"
	LogCredentialProviderYubikey                    LogCredentialProvider = "YUBIKEY"
)

// LogCredentialType is the kind of credential an actor authenticated with.
type LogCredentialType string

// LogCredentialType values.
const (
	LogCredentialTypeAssertion LogCredentialType = "ASSERTION"
	LogCredentialTypeEmail     LogCredentialType = "EMAIL"
	LogCredentialTypeJWT       LogCredentialType = "JWT"
	LogCredentialTypeOAuth2    LogCredentialType = "OAuth 2.0"
	LogCredentialTypeOTP       LogCredentialType = "OTP"
	LogCredentialTypePassword  LogCredentialType = "PASSWORD"
	LogCredentialTypeSMS       LogCredentialType = "SMS"
)

// LogSecurityContext is what Okta knows about the network a log event's request came from.
type LogSecurityContext struct {
	// AsNumber is the autonomous system number.
	AsNumber *int   `json:"asNumber,omitzero"`
	AsOrg    string `json:"asOrg,omitzero"`
	Domain   string `json:"domain,omitzero"`
	ISP      string `json:"isp,omitzero"`
	IsProxy  *bool  `json:"isProxy,omitzero"`
	// IPDetails is what Okta knows about the client's IP address.
	IPDetails *LogIPDetails `json:"ipDetails,omitzero"`
	// Risk is the risk Okta assessed for the event.
	Risk *LogRisk `json:"risk,omitzero"`
	// BotProtection is the result of Okta's bot protection for the request (an Early Access feature).
	BotProtection *LogBotProtection `json:"botProtection,omitzero"`
	// UserBehaviors are the results of the user behavior detection models Okta evaluated for the event.
	UserBehaviors []LogUserBehavior `json:"userBehaviors,omitzero"`
	Extra         Extra             `json:"-"`
}

// LogIPDetails is what Okta knows about an IP address of a System Log event.
type LogIPDetails struct {
	// AsNumber is the number of the autonomous system the IP address belongs to.
	AsNumber *int `json:"asNumber,omitzero"`
	// AsOrg is the name of the organization behind the autonomous system.
	AsOrg  string `json:"asOrg,omitzero"`
	Domain string `json:"domain,omitzero"`
	ISP    string `json:"isp,omitzero"`
	// IPServiceCategories are the services known to use the IP address, such as VPNs, proxies and Tor.
	IPServiceCategories []LogIPServiceCategory `json:"ipServiceCategories,omitzero"`
	Extra               Extra                  `json:"-"`
}

// LogIPServiceCategory is a service known to use an IP address.
type LogIPServiceCategory struct {
	// Type is the kind of service: VPN, Proxy, Tor, Residential Proxy or Blockchain VPN.
	Type LogIPServiceCategoryType `json:"type,omitzero"`
	// Operator is the name of the service's operator.
	Operator string `json:"operator,omitzero"`
	// IsAnonymous says whether the service is an anonymizer.
	IsAnonymous *bool `json:"isAnonymous,omitzero"`
	Extra       Extra `json:"-"`
}

// LogIPServiceCategoryType is the kind of service that uses an IP address. Okta spells these values in mixed
// case, with spaces.
type LogIPServiceCategoryType string

// LogIPServiceCategoryType values. Okta may send others; they decode as they are.
const (
	LogIPServiceCategoryTypeBlockchainVPN    LogIPServiceCategoryType = "Blockchain VPN"
	LogIPServiceCategoryTypeProxy            LogIPServiceCategoryType = "Proxy"
	LogIPServiceCategoryTypeResidentialProxy LogIPServiceCategoryType = "Residential Proxy"
	LogIPServiceCategoryTypeTor              LogIPServiceCategoryType = "Tor"
	LogIPServiceCategoryTypeVPN              LogIPServiceCategoryType = "VPN"
)

// LogRisk is the risk Okta assessed for a System Log event.
type LogRisk struct {
	// Level is the risk level of the request: LOW, MEDIUM or HIGH.
	Level RiskLevel `json:"level,omitzero"`
	// PreviousLevel is the user's risk level before the event, if any.
	PreviousLevel RiskLevel `json:"previousLevel,omitzero"`
	// DetectionName is the name of the detection that found the risk.
	DetectionName string `json:"detectionName,omitzero"`
	// Issuer is who assessed the risk.
	Issuer string `json:"issuer,omitzero"`
	// Reasons say why the request was found risky.
	Reasons []string `json:"reasons,omitzero"`
	Extra   Extra    `json:"-"`
}

// LogBotProtection is the result of Okta's bot protection for the request of a System Log event.
type LogBotProtection struct {
	// Level is how likely the request was found to come from a bot: NONE, LOW, MEDIUM or HIGH.
	Level LogBotProtectionLevel `json:"level,omitzero"`
	Extra Extra                 `json:"-"`
}

// LogBotProtectionLevel is how likely bot protection found a request to come from a bot. It differs from
// [BotProtectionLevel], the threshold a configuration flags requests at: it has NONE and no ANY.
type LogBotProtectionLevel string

// LogBotProtectionLevel values. Okta may send others; they decode as they are.
const (
	LogBotProtectionLevelNone   LogBotProtectionLevel = "NONE"
	LogBotProtectionLevelLow    LogBotProtectionLevel = "LOW"
	LogBotProtectionLevelMedium LogBotProtectionLevel = "MEDIUM"
	LogBotProtectionLevelHigh   LogBotProtectionLevel = "HIGH"
)

// LogUserBehavior is the result of one user behavior detection model (new device, new location, ...) for a
// System Log event.
type LogUserBehavior struct {
	// ID is the ID of the behavior detection model.
	ID string `json:"id,omitzero"`
	// Name is the name an admin gave the behavior detection model.
	Name string `json:"name,omitzero"`
	// Result is the model's evaluation: POSITIVE (a change in behavior was detected), NEGATIVE, UNKNOWN (not
	// enough history) or BAD_REQUEST (not enough information in the request).
	Result LogUserBehaviorResult `json:"result,omitzero"`
	Extra  Extra                 `json:"-"`
}

// LogUserBehaviorResult is the evaluation of a user behavior detection model.
type LogUserBehaviorResult string

// LogUserBehaviorResult values. Okta may send others; they decode as they are.
const (
	LogUserBehaviorResultBadRequest LogUserBehaviorResult = "BAD_REQUEST"
	LogUserBehaviorResultNegative   LogUserBehaviorResult = "NEGATIVE"
	LogUserBehaviorResultPositive   LogUserBehaviorResult = "POSITIVE"
	LogUserBehaviorResultUnknown    LogUserBehaviorResult = "UNKNOWN"
)

// LogSortOrder is the order of System Log events by their published time. It differs from [SortOrder]: the
// System Log spells its values out.
type LogSortOrder string

// LogSortOrder values.
const (
	// LogSortAscending lists the oldest events first; it is Okta's default.
	LogSortAscending LogSortOrder = "ASCENDING"
	// LogSortDescending lists the newest events first.
	LogSortDescending LogSortOrder = "DESCENDING"
)

// LogOutcomeResult is the result of the action a System Log event records.
type LogOutcomeResult string

// LogOutcomeResult values. Okta may send others; they decode as they are.
const (
	LogOutcomeResultAbandoned  LogOutcomeResult = "ABANDONED"
	LogOutcomeResultAllow      LogOutcomeResult = "ALLOW"
	LogOutcomeResultChallenge  LogOutcomeResult = "CHALLENGE"
	LogOutcomeResultDeferred   LogOutcomeResult = "DEFERRED"
	LogOutcomeResultDeny       LogOutcomeResult = "DENY"
	LogOutcomeResultFailure    LogOutcomeResult = "FAILURE"
	LogOutcomeResultRateLimit  LogOutcomeResult = "RATE_LIMIT"
	LogOutcomeResultScheduled  LogOutcomeResult = "SCHEDULED"
	LogOutcomeResultSkipped    LogOutcomeResult = "SKIPPED"
	LogOutcomeResultSuccess    LogOutcomeResult = "SUCCESS"
	LogOutcomeResultUnanswered LogOutcomeResult = "UNANSWERED"
	LogOutcomeResultUnknown    LogOutcomeResult = "UNKNOWN"
)

// LogCredentialType values that Okta added after the Management API 5.1.0.
const (
	LogCredentialTypeCertificate           LogCredentialType = "CERTIFICATE"
	LogCredentialTypeDeviceUDID            LogCredentialType = "DEVICE_UDID"
	LogCredentialTypeIWA                   LogCredentialType = "IWA"
	LogCredentialTypeOktaClientSession     LogCredentialType = "OKTA_CLIENT_SESSION"
	LogCredentialTypePreSharedSymmetricKey LogCredentialType = "PRE_SHARED_SYMMETRIC_KEY"
)
