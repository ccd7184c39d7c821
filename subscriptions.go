package okta

import (
	"context"
	"net/http"
)

// SubscriptionsService manages the subscriptions of admin roles and of admins to Okta's notifications (agent
// disconnections, app imports, lockouts, rate limits, Okta's announcements and incidents, ...). A role's
// subscription applies to every admin with the role, and changing it overrides their own. Reach it as
// client.Subscriptions.
//
// roleRef names a standard role by its type (such as "SUPER_ADMIN") or a custom role by its ID.
type SubscriptionsService service

// ListForRole returns the subscriptions of a role, one per notification type.
//
//okta:operation listSubscriptionsRole GET /api/v1/roles/{roleRef}/subscriptions
func (s *SubscriptionsService) ListForRole(ctx context.Context, roleRef string) ([]Subscription, *Response, error) {
	return send[[]Subscription](ctx, s.client, newRequest(http.MethodGet, "/api/v1/roles/{roleRef}/subscriptions", roleRef))
}

// GetForRole retrieves the subscription of a role to a notification type.
//
//okta:operation getSubscriptionsNotificationTypeRole GET /api/v1/roles/{roleRef}/subscriptions/{notificationType}
func (s *SubscriptionsService) GetForRole(ctx context.Context, roleRef string, notificationType NotificationType) (*Subscription, *Response, error) {
	return send[*Subscription](ctx, s.client, newRequest(http.MethodGet, "/api/v1/roles/{roleRef}/subscriptions/{notificationType}", roleRef, string(notificationType)))
}

// SubscribeRole subscribes a role, and so every admin with it, to a notification type.
//
//okta:operation subscribeByNotificationTypeRole POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/subscribe
func (s *SubscriptionsService) SubscribeRole(ctx context.Context, roleRef string, notificationType NotificationType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/roles/{roleRef}/subscriptions/{notificationType}/subscribe", roleRef, string(notificationType)))
}

// UnsubscribeRole unsubscribes a role, and so every admin with it, from a notification type.
//
//okta:operation unsubscribeByNotificationTypeRole POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/unsubscribe
func (s *SubscriptionsService) UnsubscribeRole(ctx context.Context, roleRef string, notificationType NotificationType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/roles/{roleRef}/subscriptions/{notificationType}/unsubscribe", roleRef, string(notificationType)))
}

// ListForUser returns the subscriptions of an admin, one per notification type. Okta refuses (access denied)
// the subscriptions of any user but the caller, so userID is the caller's own ID.
//
//okta:operation listSubscriptionsUser GET /api/v1/users/{userId}/subscriptions
func (s *SubscriptionsService) ListForUser(ctx context.Context, userID string) ([]Subscription, *Response, error) {
	return send[[]Subscription](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/subscriptions", userID))
}

// GetForUser retrieves the subscription of an admin to a notification type.
//
//okta:operation getSubscriptionsNotificationTypeUser GET /api/v1/users/{userId}/subscriptions/{notificationType}
func (s *SubscriptionsService) GetForUser(ctx context.Context, userID string, notificationType NotificationType) (*Subscription, *Response, error) {
	return send[*Subscription](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/subscriptions/{notificationType}", userID, string(notificationType)))
}

// SubscribeUser subscribes an admin to a notification type.
//
//okta:operation subscribeByNotificationTypeUser POST /api/v1/users/{userId}/subscriptions/{notificationType}/subscribe
func (s *SubscriptionsService) SubscribeUser(ctx context.Context, userID string, notificationType NotificationType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/subscriptions/{notificationType}/subscribe", userID, string(notificationType)))
}

// UnsubscribeUser unsubscribes an admin from a notification type.
//
//okta:operation unsubscribeByNotificationTypeUser POST /api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe
func (s *SubscriptionsService) UnsubscribeUser(ctx context.Context, userID string, notificationType NotificationType) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe", userID, string(notificationType)))
}

// Subscription is the subscription of a role or an admin to a notification type. Its Links name the
// operation that changes it (subscribe or unsubscribe).
type Subscription struct {
	NotificationType NotificationType   `json:"notificationType,omitzero"`
	Status           SubscriptionStatus `json:"status,omitzero"`
	// Channels are where the notifications go; Okta has only "email".
	Channels []string `json:"channels,omitzero"`
	Links    Links    `json:"_links,omitzero"`
	Extra    Extra    `json:"-"`
}

// SubscriptionStatus says whether a role or an admin is subscribed to a notification type.
type SubscriptionStatus string

// SubscriptionStatus values.
const (
	SubscriptionStatusSubscribed   SubscriptionStatus = "subscribed"
	SubscriptionStatusUnsubscribed SubscriptionStatus = "unsubscribed"
)

// NotificationType is a kind of notification admins can subscribe to.
type NotificationType string

// NotificationType values. Okta may send others; they decode as they are.
const (
	// NotificationTypeADAgent: an Active Directory agent disconnects or reconnects.
	NotificationTypeADAgent NotificationType = "AD_AGENT"
	// NotificationTypeAgentAutoUpdateNotification: an agent updates itself.
	NotificationTypeAgentAutoUpdateNotification     NotificationType = "AGENT_AUTO_UPDATE_NOTIFICATION"
	NotificationTypeAgentAutoUpdateNotificationLDAP NotificationType = "AGENT_AUTO_UPDATE_NOTIFICATION_LDAP"
	// NotificationTypeAppImport: the status of an import of app users.
	NotificationTypeAppImport NotificationType = "APP_IMPORT"
	// NotificationTypeConnectorAgent: an on-premises provisioning or MFA agent disconnects or reconnects.
	NotificationTypeConnectorAgent NotificationType = "CONNECTOR_AGENT"
	// NotificationTypeIWAAgent: an IWA agent disconnects or reconnects.
	NotificationTypeIWAAgent NotificationType = "IWA_AGENT"
	// NotificationTypeLDAPAgent: an LDAP agent disconnects or reconnects.
	NotificationTypeLDAPAgent NotificationType = "LDAP_AGENT"
	// NotificationTypeOktaAnnouncement: Okta's announcements and release notes.
	NotificationTypeOktaAnnouncement NotificationType = "OKTA_ANNOUNCEMENT"
	// NotificationTypeOktaIssue: Okta's trust incident alerts and updates.
	NotificationTypeOktaIssue NotificationType = "OKTA_ISSUE"
	// NotificationTypeOktaUpdate: Okta's scheduled system updates.
	NotificationTypeOktaUpdate NotificationType = "OKTA_UPDATE"
	// NotificationTypeRateLimitNotification: the org reaches a rate-limit warning or violation threshold.
	NotificationTypeRateLimitNotification NotificationType = "RATELIMIT_NOTIFICATION"
	// NotificationTypeReportSuspiciousActivity: a user reports suspicious activity.
	NotificationTypeReportSuspiciousActivity NotificationType = "REPORT_SUSPICIOUS_ACTIVITY"
	// NotificationTypeUserDeprovision: a user is deprovisioned from apps.
	NotificationTypeUserDeprovision NotificationType = "USER_DEPROVISION"
	// NotificationTypeUserLockedOut: a user is locked out.
	NotificationTypeUserLockedOut NotificationType = "USER_LOCKED_OUT"
)
