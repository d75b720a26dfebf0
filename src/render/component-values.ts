/**
 * The few Discord component enum values the renderers use, without loading discord-api-types at
 * run time (its payload modules cost a CLI start-up more than the whole check). The types are
 * discord-api-types' own, so a changed value would fail the type check
 * (test/render/component-values.test.ts also compares them with the package's).
 */
import type { ButtonStyle as ButtonStyleEnum, ComponentType as ComponentTypeEnum } from 'discord-api-types/v10';

export const ButtonStyle = {
  Primary: 1 as ButtonStyleEnum.Primary,
  Secondary: 2 as ButtonStyleEnum.Secondary,
  Success: 3 as ButtonStyleEnum.Success,
} as const;

export const ComponentType = {
  ActionRow: 1 as ComponentTypeEnum.ActionRow,
  Button: 2 as ComponentTypeEnum.Button,
} as const;
