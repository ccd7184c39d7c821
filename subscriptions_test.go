package okta

import (
	"context"
	"net/http"
	"testing"
)

func TestSubscriptionsMethods(t *testing.T) {
	t.Parallel()
	roleSubscription := string(fixture(t, "subscriptions/getSubscriptionsNotificationTypeRole/test_get_role_subscription_by_notification_type.0.json"))
	userSubscription := string(fixture(t, "subscriptions/getSubscriptionsNotificationTypeUser/test_subscribe_unsubscribe_user.2.json"))
	runAPICalls(t, []apiCall{
		{
			name: "ListForRole",
			ids:  []string{"SUPER_ADMIN"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Subscriptions.ListForRole(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/roles/SUPER_ADMIN/subscriptions",
			response: []byte(string(fixture(t, "subscriptions/listSubscriptionsRole/test_list_role_subsription.0.json"))),
			check: func(t *testing.T, got any) {
				ss := got.([]Subscription)
				if len(ss) < 3 || ss[0].NotificationType != NotificationTypeIWAAgent || ss[2].Status != SubscriptionStatusUnsubscribed ||
					ss[2].Links.Href("subscribe") == "" || ss[0].Channels[0] != "email" {
					t.Errorf("got %+v", ss)
				}
			},
		},
		{
			name: "GetForRole",
			ids:  []string{"cr0/custom", string(NotificationTypeOktaUpdate)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Subscriptions.GetForRole(ctx, ids[0], NotificationType(ids[1]))
			},
			method: http.MethodGet, path: "/api/v1/roles/cr0%2Fcustom/subscriptions/OKTA_UPDATE",
			response: []byte(roleSubscription),
			check: func(t *testing.T, got any) {
				if s := got.(*Subscription); s.Status != SubscriptionStatusSubscribed || s.Links.Href("unsubscribe") == "" {
					t.Errorf("got %+v", s)
				}
			},
		},
		{
			name: "SubscribeRole",
			ids:  []string{"SUPER_ADMIN", string(NotificationTypeOktaUpdate)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Subscriptions.SubscribeRole(ctx, ids[0], NotificationType(ids[1])))
			},
			method: http.MethodPost, path: "/api/v1/roles/SUPER_ADMIN/subscriptions/OKTA_UPDATE/subscribe",
		},
		{
			name: "UnsubscribeRole",
			ids:  []string{"SUPER_ADMIN", string(NotificationTypeOktaUpdate)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Subscriptions.UnsubscribeRole(ctx, ids[0], NotificationType(ids[1])))
			},
			method: http.MethodPost, path: "/api/v1/roles/SUPER_ADMIN/subscriptions/OKTA_UPDATE/unsubscribe",
		},
		{
			name: "ListForUser",
			ids:  []string{"00ukqewta2nwxYyZ25d6"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Subscriptions.ListForUser(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00ukqewta2nwxYyZ25d6/subscriptions",
			response: []byte(`[` + userSubscription + `]`),
		},
		{
			name: "GetForUser",
			ids:  []string{"00ukqewta2nwxYyZ25d6", string(NotificationTypeOktaUpdate)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.Subscriptions.GetForUser(ctx, ids[0], NotificationType(ids[1]))
			},
			method: http.MethodGet, path: "/api/v1/users/00ukqewta2nwxYyZ25d6/subscriptions/OKTA_UPDATE",
			response: []byte(userSubscription),
		},
		{
			name: "SubscribeUser",
			ids:  []string{"00ukqewta2nwxYyZ25d6", string(NotificationTypeUserLockedOut)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Subscriptions.SubscribeUser(ctx, ids[0], NotificationType(ids[1])))
			},
			method: http.MethodPost, path: "/api/v1/users/00ukqewta2nwxYyZ25d6/subscriptions/USER_LOCKED_OUT/subscribe",
		},
		{
			name: "UnsubscribeUser",
			ids:  []string{"00ukqewta2nwxYyZ25d6", string(NotificationTypeUserLockedOut)},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.Subscriptions.UnsubscribeUser(ctx, ids[0], NotificationType(ids[1])))
			},
			method: http.MethodPost, path: "/api/v1/users/00ukqewta2nwxYyZ25d6/subscriptions/USER_LOCKED_OUT/unsubscribe",
		},
	})
}

func TestSubscriptionsRecorded(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*Subscription](t, raw) }
	checkRecordedPayloads(t, "subscriptions", map[string]func(*testing.T, []byte){
		"listSubscriptionsRole":                func(t *testing.T, raw []byte) { assertRoundTrip[[]Subscription](t, raw) },
		"getSubscriptionsNotificationTypeRole": one,
		"getSubscriptionsNotificationTypeUser": one,
	})
}
