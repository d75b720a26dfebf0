/** The renderers' own copies of Discord's component values equal discord-api-types'. */
import { ButtonStyle as ApiButtonStyle, ComponentType as ApiComponentType } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from '../../src/render/component-values';

test('ButtonStyle and ComponentType values are discord-api-types\' values', () => {
  for (const [name, value] of Object.entries(ButtonStyle)) expect(value).toBe(ApiButtonStyle[name as keyof typeof ApiButtonStyle]);
  for (const [name, value] of Object.entries(ComponentType)) expect(value).toBe(ApiComponentType[name as keyof typeof ApiComponentType]);
});
